import { activityKinds } from '@/domain/history'
import { lightRule } from '@/domain/light'
import { itemStatuses } from '@/domain/model/item'
import { redListRule } from '@/domain/red-list'
import { nextStatuses } from '@/domain/status'
import { urgeRepeatHours } from '@/domain/urge'
import { strikeOffBlockerText } from '@/domain/strike-off'
import type { RuleName } from './types'

// The rules of `x-rules`, written out once here from the domain's constants (the domain code is the rule
// itself): a changed threshold or status step changes the text with it.

const code = (word: string) => `\`${word}\``
const activity = [...activityKinds]

/** Item.light's description, in place of the model's own (the numbers are lightRule's, never restated). */
export const lightDescription = [
  'Computed by the backend on every read from the deadline, the progress and the owner’s last activity —',
  `the last ${activity.slice(0, -1).join(', ')} or ${activity.at(-1)} update (src/domain/light.ts):`,
  '`none` when status is done or closed;',
  `\`red\` when the deadline has passed, or progress trails the time-proportional schedule by more than ${lightRule.redGap} points,`,
  `or nothing was reported for more than ${lightRule.redStaleDays} days;`,
  `\`yellow\` when progress trails the schedule by more than ${lightRule.yellowGap} points, or nothing was reported for more than ${lightRule.yellowStaleDays} days,`,
  `or the deadline is ${lightRule.dueSoonDays} days away or less with progress under ${lightRule.dueSoonProgress};`,
  '`green` otherwise. Schedule: expected progress = 100 × (today − created) ÷ (deadline − created).',
].join(' ')

/** Item.urge.redList's description, in place of the model's own (the thresholds are redListRule's). */
export const redListDescription = [
  'On the red list (红榜) shown to leadership, computed by the backend on every read (src/domain/red-list.ts):',
  `an item not done or closed with ${redListRule.missedUrges} or more urges past their reply-by date and no reply since,`,
  `or more than ${redListRule.overdueDays} days past its deadline. An urge counts against the unit only once its reply-by date`,
  `has passed without a reply; a reply answers every urge before it. A repeat urge within ${urgeRepeatHours} hours of the last is refused (422).`,
].join(' ')

const lightText = [
  '`light` is computed by the backend on every read, never stored or sent by a client (src/domain/light.ts, `lightOf`).',
  '`none` when the status is done or closed. Otherwise',
  `\`red\` when the deadline has passed, or progress trails the schedule by more than ${lightRule.redGap} points, or there was no activity for more than ${lightRule.redStaleDays} days;`,
  `\`yellow\` when progress trails the schedule by more than ${lightRule.yellowGap} points, or there was no activity for more than ${lightRule.yellowStaleDays} days,`,
  `or the deadline is ${lightRule.dueSoonDays} days away or less with progress under ${lightRule.dueSoonProgress};`,
  '`green` otherwise.',
  'Schedule: expected progress = round(100 × (today − created) ÷ (deadline − created)), held within 0–100.',
  `Activity: the last update of kind ${activity.map(code).join(', ')}; before any, the creation date.`,
].join(' ')

const strikeOffText = [
  'Strike-off (事结销号) is the status change `done` → `closed`, posted as an update of kind `status` with `toStatus: closed`;',
  'only `supervisor` and `admin` may do it (src/domain/strike-off.ts, permissions.ts `canStrikeOff`). It needs all of:',
  'status `done`; progress 100; a completion note (`Item.completionNote`, the note of the status update that marked the item done);',
  'and a recorded satisfaction result (at least one update of kind `satisfaction`).',
  'Otherwise 422 `validation` with `fields.toStatus` naming each thing missing:',
  `${Object.values(strikeOffBlockerText)
    .map((text) => `“${text}”`)
    .join('; ')}.`,
  'Striking off answers the demands behind the item with its completion note. On a closed item only instructions may still be posted (else 422).',
].join(' ')

const statusTransitionsText = [
  'Status changes go one step at a time (src/domain/status.ts):',
  itemStatuses.map((from) => `${code(from)} → ${nextStatuses(from).map(code).join(' or ') || 'nothing'}`).join('; ') +
    '.',
  '`done` → `in_progress` reopens finished work (supervisor or admin only) and clears the completion note.',
  'Marking `done` sets progress to 100 and makes the update’s note the completion note.',
  'A progress update above 0 on a `planned` item also moves it to `in_progress`.',
  'Any other step → 422 with `fields.toStatus`.',
].join(' ')

const appendOnlyText =
  'Updates (进展, 催办, 批示, 回访 …) are append-only: there is no PUT, PATCH or DELETE for them, and a correction is a new update. ' +
  'GET /api/items/{id}/updates lists them oldest first; the statistics and `asOf` views are replayed from them.'

const versionsText =
  'Every item carries `version`, starting at 1. PATCH /api/items/{id} must send the version it read; POST /api/items/{id}/updates may send it. ' +
  'If it is not the current version, nothing changes and the answer is 409 `conflict` whose body also carries the item as it is now as `current`. ' +
  'A content patch and every `progress` or `status` update raise the version by one; other update kinds leave it.'

const itemPatchText =
  'PATCH /api/items/{id} changes content fields, the deadline, the linked demands and `key`. It never changes `progress` or `status`: ' +
  'those change only through posted updates (kinds `progress` and `status`), so that every change is dated in the history. ' +
  'Fields that are not part of ItemPatch are ignored.'

const rolesText =
  'The role table in info.description, enforced by every backend with the functions of src/domain/permissions.ts; the UI only mirrors it. ' +
  '403 `forbidden`: the role or unit may not do this. 422 `validation`: the role may, but not in the item’s present state (e.g. a closed item).'

export const xRules: Record<RuleName, string> = {
  light: lightText,
  strikeOff: strikeOffText,
  statusTransitions: statusTransitionsText,
  appendOnlyUpdates: appendOnlyText,
  versions: versionsText,
  itemPatch: itemPatchText,
  roles: rolesText,
}
