import { activityKinds } from '@/domain/history'
import { lightRule } from '@/domain/light'
import { itemStatuses } from '@/domain/model/item'
import { redListRule } from '@/domain/red-list'
import { nextStatuses } from '@/domain/status'
import { urgeRepeatHours } from '@/domain/urge'
import { defaultSatisfactionBar } from '@/domain/satisfaction-bar'
import { strikeOffBlockerText, type StrikeOffBlocker } from '@/domain/strike-off'
import type { RuleName } from './types'

// The rules of `x-rules`, written out once here from the domain's constants (the domain code is the rule
// itself): a changed threshold or status step changes the text with it.

const code = (word: string) => `\`${word}\``
const strikeOffBlockers: readonly StrikeOffBlocker[] = ['not_done', 'progress', 'completion_note', 'satisfaction']
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
  'Strike-off (事结销号) is the status change `done` → `closed`, posted as an update of kind `status` with `toStatus: closed`',
  '(src/domain/strike-off.ts, permissions.ts `canStrikeOff`). Separation of duties: only a `supervisor`, an `admin` or a `leader` confirms it,',
  'and never the person who reported the work done (the author of the latest move to `done`): 403. It needs all of:',
  'status `done`; progress 100; a completion note (`Item.completionNote`, the note of the status update that marked the item done);',
  'and, since that move to done, a satisfaction survey reaching the list’s bar (`CampaignList.satisfactionBar`:',
  `at least \`minSurveyed\` surveyed and \`minPercent\` % satisfied; ${defaultSatisfactionBar.minPercent} % and ${defaultSatisfactionBar.minSurveyed} until an admin sets it, PATCH /api/campaign/lists/{id}).`,
  'A survey of a done item below the bar sends the item back to `in_progress` (the survey stays in the trail, with `fromStatus`/`toStatus`).',
  'Otherwise 422 `validation` with `fields.toStatus` naming each thing missing:',
  `${strikeOffBlockers.map((blocker) => `“${strikeOffBlockerText(blocker, defaultSatisfactionBar)}”`).join('; ')}.`,
  'Marking done and striking off answer the demands behind the item that still wait with its completion note (the receipt shows it).',
  'A closed item is frozen: no edit, key change, link change or update but an instruction, until a supervisor or admin reopens it',
  '(`closed` → `in_progress`, the reason in the note).',
].join(' ')

const statusTransitionsText = [
  'Status changes go one step at a time (src/domain/status.ts):',
  itemStatuses.map((from) => `${code(from)} → ${nextStatuses(from).map(code).join(' or ') || 'nothing'}`).join('; ') +
    '.',
  '`done` or `closed` → `in_progress` reopens finished work (supervisor or admin only, the reason in the note) and clears the completion note.',
  'Marking `done` sets progress to 100 and makes the update’s note the completion note.',
  'A progress update above 0 on a `planned` item also moves it to `in_progress`.',
  'Any other step → 422 with `fields.toStatus`.',
].join(' ')

const appendOnlyText =
  'Every change to an item is an entry of its trail, GET /api/items/{id}/updates, oldest first, append-only (no PUT, PATCH or DELETE; ' +
  'a correction is a new entry): `created` (every field, `changes` with `before: null`), `edit` (content, key selection and demand links: ' +
  '`changes` before → after, `note` the reason), posted updates (进展, 状态, 催办, 回复催办, 批示, 现场查看, 满意度回访), `extension` ' +
  '(申请延期: the date asked for and why) and `extension_decision` (approved or not, why; an approval moves the deadline, a `changes` entry). ' +
  'Replaying the trail from `created` gives the item exactly, version included (src/domain/trail.ts `replayTrail`); the statistics ' +
  'and `asOf` views are replayed from it, the deadline in force on each day included.'

const versionsText =
  'Every item carries `version`, starting at 1. PATCH /api/items/{id} must send the version it read; POST /api/items/{id}/updates may send it. ' +
  'If it is not the current version, nothing changes and the answer is 409 `conflict` whose body also carries the item as it is now as `current`. ' +
  'Each trail entry that changes the item raises the version by one: an edit, a link change (on every item it touches), a `progress` or ' +
  '`status` update, a survey that sends the item back, an approved extension. Other entries leave it; a PATCH that changes nothing writes nothing.'

const itemPatchText =
  'PATCH /api/items/{id} changes content fields, the linked demands and `key`. It never changes `progress` or `status` ' +
  '(posted updates do), nor the deadline: a different `deadline` → 422 on `deadline`, since a deadline moves only through an extension ' +
  'request (kind `extension`, from the item’s unit or supervision) approved by another member of the supervision team (kind ' +
  '`extension_decision`); one request waits at a time; the date must lie after the current deadline, not before today, not after the ' +
  'campaign’s end (422 on `deadline`). A changed content field needs `reason` (422 on `reason`), kept as the edit’s note in the trail.'

const rolesText =
  'The role table in info.description, enforced by every backend with the functions of src/domain/permissions.ts and extension.ts; the UI only mirrors it. ' +
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
