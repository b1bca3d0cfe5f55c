import type { EndpointId, Endpoints } from '@/contract/all'
import { intakeLimits } from '@/domain/intake-limits'
import { itemBatchLimits, ItemBatchSchema } from '@/domain/model/item-batch'
import { itemSortFields } from '@/domain/model/item-query'
import { queueReasons } from '@/domain/model/supervision'
import { redListRule } from '@/domain/red-list'
import { urgeRepeatHours } from '@/domain/urge'
import type { OperationDocs } from './operation-docs'
import { rateLimitText } from './responses'

// The prose of every endpoint of the route table, keyed by its id: a new endpoint without its docs is a type
// error. The rest of each operation (method, path, parameters, bodies, security, the errors that follow from
// the table) is rendered from the table by paths.ts, in the order of this record.

const addition = (why: string) => ` *Addition to CONTRACT.md: ${why}*`

const statsQuery = {
  list: 'A campaign list id; absent: all lists. An unknown list → 400.',
  asOf: 'Count as at the end of this day (replayed from the dated updates). Not after today (else 400). Default: today.',
}

const demandStageText =
  'A stage of the demand funnel (src/domain/demand-stage.ts), cumulative: `adopted` — adopted or answered and linked to an existing item; ' +
  '`done` — of those, the item is done or struck off; `closed` — of those, the item is struck off. The same rule counts ' +
  '`DemandStats.linked`, `linkedDone` and `linkedClosed`, so each figure and the list behind it agree.'

const demandFilters = {
  channel: 'Only demands of this channel.',
  unit: 'Only demands of this unit.',
  status: 'Only demands in this status.',
  q: 'Free text, case-insensitive, in the text and the receipt number.',
}

const paging = (what: string) => ({ page: '1-based page number.', pageSize: `${what} per page.` })

const itemId = { id: "The item's id." }

export const operations: { readonly [K in EndpointId]: OperationDocs<Endpoints[K]> } = {
  listUsers: {
    summary: 'The demo users to sign in as',
    description: 'Anyone. A real server may restrict it.',
    tag: 'session',
    response: 'The users.',
  },
  signIn: {
    summary: 'Sign in',
    description:
      'Anyone. `{userId}` on the mock (any demo user of GET /users, no password); `{username, password}` on a real server. ' +
      'Answers the user and a token for `Authorization: Bearer <token>`; a real server also sets the session cookie.',
    tag: 'session',
    response: 'Signed in.',
    errors: {
      '401': '`unauthenticated`: wrong username or password.',
      '403':
        '`forbidden`: the account is disabled. (Before the first administrator exists a real server answers 503 `not_initialised` to every sign-in.)',
      '422': '`validation`: a field is missing, or no such demo user (`fields.userId`).',
      '429':
        '`rate_limited` (a real server): too many failed passwords. Per account, after 3 failures each try waits ' +
        '1 s, 2 s, 4 s… (at most 60 s), and 10 failures within 15 minutes lock the account for 15 minutes; 30 ' +
        'failures from one client address lock the address. Counted in the database; a successful sign-in ' +
        'clears the account. The message says when to try again (“登录尝试过于频繁，请 N 分钟后再试”).',
    },
  },
  getSession: { summary: 'The signed-in user', tag: 'session', response: 'The current user.' },
  signOut: {
    summary: 'Sign out',
    description: 'Ends the session of the token (or cookie) sent.',
    tag: 'session',
    response: 'Signed out.',
  },
  listAccounts: {
    summary: 'Every account, with its sign-in name, phone and state',
    description:
      'Admins only (x-rules.roles). Disabled accounts included.' + addition('issue 23 (people administration).'),
    tag: 'accounts',
    response: 'All accounts, in one page.',
  },
  createAccount: {
    summary: 'Create an account',
    description:
      'Admins only. A secretary needs a grassroots unit. The answer carries a one-time initial password, shown to the admin ' +
      'once and never stored in clear nor logged; the user must change it at the first sign-in (until then every endpoint but ' +
      'GET/DELETE /session and PUT /session/password answers 403). Written to the audit log.' +
      addition('issue 23.'),
    tag: 'accounts',
    response: 'The account and its initial password.',
    errors: {
      '422':
        '`validation`: a field is invalid, the username is taken (`fields.username`) or the unit does not fit the role (`fields.unitId`).',
    },
  },
  patchAccount: {
    summary: "Change an account's details, or disable or enable it",
    description:
      'Admins only. Name, role, unit, phone and title (null clears the phone or the title): a secretary needs a grassroots ' +
      'unit; an admin never changes their own role. `disabled`: never on the admin’s own account; a disabled account cannot ' +
      'sign in, and its sessions end at once. Every check is made before anything is written. Written to the audit log with ' +
      'the before and after.' +
      addition('issue 23.'),
    tag: 'accounts',
    params: { id: "The account's id." },
    response: 'The account as it is now.',
    errors: {
      '403': '`forbidden`: not an admin, the admin’s own role, or disabling the admin’s own account.',
      '422': '`validation`: a field is invalid, or the unit does not fit the role (`fields.unitId`).',
    },
  },
  resetPassword: {
    summary: "Reset an account's password",
    description:
      'Admins only, never on their own account. Answers a one-time code (shown once) that replaces the password; the user must change ' +
      'it at the next sign-in, and their sessions end. Written to the audit log (without the code).' +
      addition('issue 23.'),
    tag: 'accounts',
    params: { id: "The account's id." },
    response: 'The account and the one-time code.',
    errors: { '403': '`forbidden`: not an admin, or the admin’s own account.' },
  },
  revokeSessions: {
    summary: 'End every session of an account',
    description: 'Admins only. The user must sign in again. Written to the audit log.' + addition('issue 23.'),
    tag: 'accounts',
    params: { id: "The account's id." },
    response: 'Signed out everywhere.',
  },
  listAudit: {
    summary: 'The audit log of people administration',
    description:
      'Admins only. Newest first: who, when, what and to whom (account created, disabled, enabled, password reset, sessions ended, ' +
      'own password changed, the first admin created on the server). Never a password or a code.' +
      addition('issue 23.'),
    tag: 'accounts',
    response: 'Every entry, in one page.',
  },
  createUnit: {
    summary: 'Add a unit to the org tree',
    description:
      'Admins only. A department or a company sits under the group; a grassroots unit under the group, a company or another ' +
      'grassroots unit (its teams). Names are unique in the tree; only grassroots units take an item target. There is one group. ' +
      'Written to the audit log.' +
      addition('issue 23.'),
    tag: 'campaign',
    response: 'The new unit.',
    errors: {
      '422':
        '`validation`: a name already used (`fields.name`), a parent that cannot hold this kind (`fields.parentId`).',
    },
  },
  patchUnit: {
    summary: 'Rename a unit, move it under another parent, set its item target',
    description:
      'Admins only. The kind never changes, and nothing is removed: items and people keep their unit. A unit cannot move under ' +
      'itself or one of its own units. Written to the audit log with the before and after.' +
      addition('issue 23.'),
    tag: 'campaign',
    params: { id: "The unit's id." },
    response: 'The unit as it is now.',
    errors: { '422': '`validation`: as for creating, or a move that would make a cycle (`fields.parentId`).' },
  },
  changePassword: {
    summary: 'Change your own password',
    description:
      'Signed in (also while a password change is due). The current password, and a new one of at least 10 characters with letters and ' +
      'digits, not containing the username. Clears the must-change flag. Written to the audit log.' +
      addition('issue 23.'),
    tag: 'accounts',
    response: 'Changed.',
    errors: {
      '422':
        '`validation`: the current password is wrong (`fields.currentPassword`) or the new one too weak (`fields.newPassword`).',
    },
  },
  getCampaign: {
    summary: 'The current campaign with its lists and categories',
    tag: 'campaign',
    response: 'The campaign.',
  },
  patchCampaignList: {
    summary: "Set a list's satisfaction bar for strike-off",
    description:
      'Admins only. The bar (at least `minSurveyed` surveyed and `minPercent` % satisfied; 80 % and 10 until set) ' +
      'applies to surveys and strike-offs from now on: a survey of a done item below it sends the item back to ' +
      'in_progress, and a strike-off needs a survey reaching it since the item was last marked done.' +
      addition('Not in CONTRACT.md: issue 22 (a strike-off that proves something).'),
    tag: 'campaign',
    params: { id: "The list's id." },
    response: 'The list with its new bar.',
  },
  listUnits: {
    summary: 'The units: the group, its departments and the grassroots units',
    description:
      'Anyone.' +
      addition(
        'CONTRACT.md lists it as signed in; unit names are public anyway (the public board shows them) and the sign-in page and the QR intake page need them before anyone signs in.',
      ),
    tag: 'campaign',
    response: 'All units, in one page.',
  },
  listItems: {
    summary: 'Items, filtered, searched, sorted and paged',
    description:
      'Signed in. Filters combine with AND; the values of one comma-separated filter with OR. An unknown parameter or value → 400. ' +
      'The meaning of the query is src/domain/item-query.ts, once for every backend.',
    tag: 'items',
    query: {
      list: 'Campaign list ids, comma-separated (`list=a,b`): items of any of them.',
      unit: 'Unit ids, comma-separated.',
      status: 'Statuses, comma-separated.',
      light: 'Lights, comma-separated (x-rules.light).',
      category: 'Category ids (Campaign.categories), comma-separated.' + addition('the ledger filters by category.'),
      key: '`true`: only key items (重点项目); `false`: only the others.',
      overdue: '`true`: items past their deadline and not yet done or closed; `false`: the others.',
      redList:
        `\`true\`: items on the red list (Item.urge.redList): not done or closed, and ${redListRule.missedUrges} or more urges past their reply-by date with no reply since, ` +
        `or more than ${redListRule.overdueDays} days past the deadline (src/domain/red-list.ts); \`false\`: the others.` +
        addition('the supervision view lists the red list.'),
      extended:
        '`true`: items whose deadline an approved extension request moved (Item.extension.approved > 0); `false`: the others.' +
        addition('issue 22: the wall and the 通报 say how many items were extended.'),
      q: 'Free text, case-insensitive, in the code, title, content, owner, lead leader, beneficiaries and unit name.',
      asOf:
        'The items as they stood at the end of this day, replayed from their trail (status, progress, deadline, light, urges, extensions); content and key as they are now. Not after today (else 400). Default: today.' +
        addition('the board can be looked at as of a past date.'),
      sort: `One field, \`-field\` for descending: ${itemSortFields.map((field) => `\`${field}\``).join(', ')}. Ties fall back to \`code\`. Default \`code\`.`,
      ...paging('Items'),
    },
    response: 'One page of items.',
    rules: ['light'],
  },
  createItem: {
    summary: 'Create an item',
    description:
      'By role (x-rules.roles: supervisor any list; secretary lists of level grassroots, own unit; admin). ' +
      'The backend sets `code` (the list’s prefix and a number), status `planned`, progress 0 and version 1. ' +
      '422 when the list is unknown, the unit’s kind does not fit the list’s level, the category is unknown, the deadline is before today ' +
      'or after the campaign’s end, a linked demand does not exist, or `key` would exceed the list’s `keyTarget`.',
    tag: 'items',
    response: 'The item as created.',
    rules: ['roles'],
  },
  createItems: {
    summary: 'Create many items at once (the spreadsheet import)',
    description:
      `At most ${itemBatchLimits.maxItems} drafts and ${itemBatchLimits.maxBodyBytes / 1024 / 1024} MB per request; a client sends a longer file in chunks. ` +
      'Each draft is checked on its own by the same rules, in the same order, as POST /api/items (x-rules.roles: a secretary only for their own unit in lists of level grassroots), ' +
      'and answered in `results` at its `index`: the item as created, or the error POST /api/items would have given (`forbidden`, or `validation` with `fields`). ' +
      'Valid drafts are created in one transaction, their codes handed out in request order; invalid ones do not stop the others; no draft is left without a result. ' +
      'The request fails as a whole only when it cannot be read, or the role creates no items at all: no session (401), a role not in `x-roles` (403), ' +
      'malformed JSON (400), no `items` array (422), ' +
      `more than ${itemBatchLimits.maxItems} drafts or a larger body (413 \`too_large\`).` +
      addition('importing 5,000 rows one request at a time takes minutes; in chunks of 1,000 it takes seconds.'),
    tag: 'items',
    documentedBody: ItemBatchSchema,
    response: 'One result per draft, in request order.',
    errors: {
      '413': `\`too_large\`: more than ${itemBatchLimits.maxItems} drafts, or a body over ${itemBatchLimits.maxBodyBytes} bytes.`,
    },
    rules: ['roles'],
  },
  getItem: { summary: 'One item', tag: 'items', params: itemId, response: 'The item.', rules: ['light'] },
  patchItem: {
    summary: 'Edit an item’s content, demand links or key',
    description:
      'By role. Carries the `version` read; stale → 409 with `current`. Does not change progress, status or the deadline (x-rules.itemPatch). ' +
      'Content: supervisor, admin, or the secretary of the item’s unit, with a `reason`; never on a closed item (422). `key`: supervisor or admin, ' +
      'within the list’s `keyTarget`. Each change is one `edit` entry of the trail (before → after, who, when, why). ' +
      '`demandIds` replaces the links: demands no longer listed go back to `new`. Links follow src/domain/demand-links.ts ' +
      '(`canRelinkDemand`): a secretary links only their unit’s demands to their unit’s items (else 403) and never takes a demand ' +
      'linked to another item (422 on `demandIds`); supervision may move a demand, and the item it leaves gets a new version too.',
    tag: 'items',
    params: itemId,
    response: 'The item after the change.',
    errors: { '403': true, '409': true },
    rules: ['itemPatch', 'versions', 'roles'],
  },
  listItemUpdates: {
    summary: 'The item’s trail, oldest first',
    description: 'Signed in. Every change since the item’s creation (x-rules.appendOnlyUpdates).',
    tag: 'updates',
    params: itemId,
    response: 'All of the item’s trail entries, in one page.',
    rules: ['appendOnlyUpdates'],
  },
  postItemUpdate: {
    summary:
      'Post an update: progress, status, inspection, urge, reply, instruction, survey, extension request or decision',
    description:
      'By role and kind (x-rules.roles, “post update kinds”). Posting `progress` or `status` also changes the item ' +
      '(x-rules.statusTransitions, x-rules.strikeOff). May carry the `version` read; stale → 409 with `current`. ' +
      '422 also when an urge’s `replyBy` is before today, an inspection’s `visitedOn` after today, or `satisfied` exceeds `surveyed` ' +
      '(a rule of UpdateDraft that JSON Schema cannot state), and for a repeat urge within ' +
      `${urgeRepeatHours} hours of the item’s last urge (\`fields.kind\` says when it may be urged again). ` +
      'Only a `leader` posts an `instruction` (领导批示); a `reply` (回复催办) answers every open urge. ' +
      'An `extension` (申请延期) asks for a later deadline with a reason; an `extension_decision` approves or refuses the waiting one, ' +
      'by a supervisor or admin other than the requester (x-rules.itemPatch). A `satisfaction` survey of a done item below the list’s bar ' +
      'sends it back to `in_progress` (x-rules.strikeOff).',
    tag: 'updates',
    params: itemId,
    response: 'The new update and the item after it.',
    errors: { '403': true, '409': true },
    rules: ['appendOnlyUpdates', 'statusTransitions', 'strikeOff', 'versions', 'roles'],
  },
  getSupervisionQueue: {
    summary: 'What needs a supervisor now, most urgent first',
    description:
      'Signed in. Every item that is not closed and has a reason (QueueReason): on the red list, an urge past its reply-by date, overdue, a red or yellow light, ' +
      `or done and waiting for strike-off. Most urgent first: the most urgent reason (${queueReasons.map((reason) => `\`${reason}\``).join(' > ')}), ` +
      'then more reasons before fewer, key items first, the earliest reply-by date (urges) or deadline first, then the code (src/domain/supervision-queue.ts).' +
      addition(
        'the supervision queue (督办) is served by the backend so that 50,000 items need not reach the browser.',
      ),
    tag: 'supervision',
    query: {
      list: 'Only items of this campaign list.',
      unit: 'Only items of this unit.',
      key: '`true`: only key items; `false`: only the others.',
      reason: 'Only entries with this reason (the counts still cover every reason).',
      ...paging('Entries'),
    },
    response: 'One page of the queue and the count per reason.',
    rules: ['light'],
  },
  getSummary: {
    summary: 'Per-list counts and the demand statistics',
    description: '`done` counts finished work (status done or closed), `closed` the struck-off part of it.',
    tag: 'stats',
    query: {
      asOf: statsQuery.asOf,
      list: 'A campaign list id, checked (an unknown list → 400) but not applied: the summary always has every list.',
    },
    response: 'The summary.',
    rules: ['light'],
  },
  getUnitStats: {
    summary: 'Counts per unit',
    tag: 'stats',
    query: statsQuery,
    response: 'One entry per unit with items.',
  },
  getTrend: {
    summary: 'Cumulative items done, struck off and planned, by week',
    tag: 'stats',
    query: statsQuery,
    response: 'The weeks from the campaign’s start to `asOf`.',
  },
  getCategoryStats: {
    summary: 'Counts per item category',
    description:
      'The same counts as every other stats row, one row per category of Campaign.categories that has items.' +
      addition('the wall charts items by category.'),
    tag: 'stats',
    query: statsQuery,
    response: 'One entry per category with items.',
    rules: ['light'],
  },
  getBoard: {
    summary: 'One list’s items as columns, for the chip board',
    description:
      'Status and light of every item of one list, replayed to `asOf`, as parallel arrays so the wall can draw 50,000 chips without downloading 50,000 items. `list` is required.' +
      addition('the wall draws one chip per item.'),
    tag: 'stats',
    query: statsQuery,
    response: 'The list’s items.',
    rules: ['light'],
  },
  getStruckOff: {
    summary: 'Items struck off in a period, for the briefing (通报)',
    description:
      'Signed in. Every item whose strike-off (x-rules.strikeOff) fell after the end of `since` and by the end of `asOf`, with the satisfaction results ' +
      'recorded on it by `asOf`. A strike-off is final, so their number equals `closed` as of `asOf` minus `closed` as of `since` (GET /stats/summary). ' +
      '`since` after `asOf`, `asOf` after today, or an unknown unit or list → 400.' +
      addition(
        'the monthly briefing lists the items struck off since the last briefing without downloading every item.',
      ),
    tag: 'stats',
    query: {
      since: 'The day of the last briefing: items struck off on it or before are left out.',
      asOf: statsQuery.asOf,
      unit: 'A unit id: only its items.',
      list: statsQuery.list,
    },
    response: 'The items, oldest strike-off first.',
    rules: ['strikeOff'],
  },
  listDemands: {
    summary: 'Workers’ demands (诉求), newest first',
    tag: 'demands',
    query: {
      ...demandFilters,
      item: 'Only demands linked to this item.' + addition('the item page lists the demands behind it.'),
      stage: demandStageText + addition('the wall’s demand funnel drills down to exactly the demands it counts.'),
      ...paging('Demands'),
    },
    response: 'One page of demands.',
  },
  createDemand: {
    summary: 'Record a demand',
    description:
      'A demand of channel `qr_form` (the worker’s own form behind the QR code) may be posted without a session; any other channel needs one → else 401. ' +
      'With a session, by role: supervisor, admin, or the secretary of the demand’s unit. The backend sets the receipt number, status `new` and ' +
      'the times; an anonymous demand keeps no name or phone. 422 also for an unknown unit.',
    tag: 'demands',
    optionalSession: true,
    response: 'The demand as recorded, with its receipt number.',
    errors: { '401': true, '403': true },
    rules: ['roles'],
  },
  patchDemand: {
    summary: 'Triage a demand: adopt into an item, link, merge, reject or answer',
    description:
      'By role: supervisor, admin, or the secretary of the demand’s unit (src/domain/demand-rules.ts). ' +
      '`adopted` needs an existing `itemId`; `rejected` and `answered` need a `reply`; `merged` needs `mergedInto`: another existing demand ' +
      'that is not itself merged. Otherwise 422 naming the field. Linking keeps `Item.demandIds` in step and gives every item it ' +
      'touches a new version; the link rule of PATCH /items applies (403, or 422 on `itemId`).',
    tag: 'demands',
    params: { id: "The demand's id." },
    response: 'The demand after the change.',
    errors: { '403': true },
    rules: ['roles'],
  },
  getDemandStats: {
    summary: 'Counts of the demands matching the pool’s filters',
    description:
      'Signed in. The filters of GET /demands without paging; the answer is DemandStats over the matching demands as of today ' +
      '(by status, by channel, and the funnel `linked` ⊇ `linkedDone` ⊇ `linkedClosed`).' +
      addition('the demand pool charts its counts by channel and status for the filters in use.'),
    tag: 'demands',
    query: { ...demandFilters, item: 'Only demands linked to this item.', stage: demandStageText },
    response: 'The counts.',
  },
  submitPublicDemand: {
    summary: 'A worker files a demand from the unit’s QR code (一码一表)',
    description:
      'Anyone, without a session. Files a demand of channel `qr_form` for the unit and answers its Receipt (the receipt number to look it up). ' +
      `A body over ${intakeLimits.maxBodyBytes} bytes → 413 \`too_large\`; an unknown unit or an invalid field → 422 naming it; ` +
      `${rateLimitText('submit')} Over it → 429 with Retry-After. Sessionless posts to POST /demands share the same limit.` +
      addition(
        'the QR page needs an answer that carries nothing but what the worker may see, and a limit a public endpoint must have.',
      ),
    tag: 'public',
    response: 'Filed: the receipt.',
  },
  getReceipt: {
    summary: 'A worker looks up a demand by its receipt number',
    description:
      'Anyone, without a session. Answers where the demand stands, the reply ' +
      '(once the linked item is done: its completion note, unless a handler answered first; a rejected demand: the reason) and the item’s status — no text, name, phone or internal ids. A merged demand answers ' +
      `for the demand it joined. Unknown → 404. ${rateLimitText('lookup')} Over it → 429 with Retry-After.` +
      addition('closing the loop back to the worker (办结回复).'),
    tag: 'public',
    params: { receipt: 'The receipt number (`Demand.receipt`, case-insensitive), e.g. BS-20481736592.' },
    response: 'The receipt.',
  },
  getPublicBoard: {
    summary: 'The public board (公示)',
    description:
      'Anyone. The lists, units, items and their progress, with no personal data, notes, urges or instructions: ' +
      'PublicItem admits no field beyond its own. An unknown unit or list → 400.' +
      addition(
        'the board is filtered by unit and list and paged, with counts per list and per unit, so that a worker’s phone loads only their unit’s items.',
      ),
    tag: 'public',
    query: {
      unit: 'A unit id: only its items, and the per-list counts of that unit.',
      list: 'A campaign list id: only its items, and the per-unit counts of that list.',
      ...paging('Items'),
    },
    response: 'The board as of today.',
    rules: ['light'],
  },
  getOpenApiDocument: {
    summary: 'This document',
    tag: 'document',
    response: 'The OpenAPI 3.1 document of the contract.',
  },
  resetMock: {
    summary: 'Mock only: re-seed and forget local changes',
    description: 'Served only by the in-browser mock, never slowed or faulted. Signs everyone out.',
    response: 'Re-seeded.',
  },
  getMockSettings: { summary: 'Mock only: the demo settings', response: 'The settings.' },
  putMockSettings: {
    summary: 'Mock only: change the demo settings',
    description: 'A changed `seedSize` re-seeds the mock (as POST /__mock/reset does).',
    response: 'The settings now.',
  },
}
