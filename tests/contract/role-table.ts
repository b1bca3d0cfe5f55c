// The role table as data: every action of CONTRACT.md's role table and of issue 22 (the trail, extensions,
// strike-off by a second person after the list's satisfaction bar) × every role, each cell the answer a
// backend gives. role-matrix.test.ts sends every cell over HTTP, on a fresh item set up for it.
//
// The columns are people relative to the item, always an item of 朱庄矿 in the 双百 list: a group leader, a
// supervisor, the secretary of the item's unit (朱庄矿), the secretary of another unit (芦岭矿), an admin.
// The situation is set up by two other people (supervisor-2, leader-2), so no column is the one who
// created the item, reported it done or asked for the extension, unless the action says so.
//
// A cell is what the action's last request answers: 'allow' (its success status), 403 (forbidden: who you
// are) or 422 (validation: the state of things). 'n/a' marks an action about the actor's own earlier act
// (their own extension request, their own report of completion) that the role cannot make at all: the
// test checks that the earlier act itself is refused with 403.

export const roleColumns = ['leader', 'supervisor', 'ownSecretary', 'otherSecretary', 'admin'] as const
export type RoleColumn = (typeof roleColumns)[number]

/** Who signs in for each column. */
export const actorOf: Record<RoleColumn, string> = {
  leader: 'leader-1',
  supervisor: 'supervisor-1',
  ownSecretary: 'secretary-zhuzhuang',
  otherSecretary: 'secretary-luling',
  admin: 'admin-1',
}

export type Cell = 'allow' | 403 | 422 | 'n/a'
/** One answer per column, in the order of roleColumns. */
type Cells = readonly [leader: Cell, supervisor: Cell, ownSecretary: Cell, otherSecretary: Cell, admin: Cell]

const ok = 'allow'
const na = 'n/a'

/** The table: action id → what it is (and where it comes from) and the answer per column. */
export const roleTable = {
  // CONTRACT.md: read everything.
  'read-trail': { says: 'read an item and its trail (GET /items/{id}/updates)', cells: [ok, ok, ok, ok, ok] },

  // CONTRACT.md: create an item (any list / 双百 in own unit only).
  'create-in-unit': {
    says: 'create a 双百 item for 朱庄矿 (own unit for its secretary)',
    cells: [403, ok, ok, 403, ok],
  },
  'create-in-group-list': { says: 'create an item in the group list 8 件实事', cells: [403, ok, 403, 403, ok] },

  // CONTRACT.md: edit content fields (own unit, not closed); issue 22: a reason, no deadline, closed is frozen.
  'edit-content': { says: 'edit content with a reason, item in progress', cells: [403, ok, ok, 403, ok] },
  'edit-content-without-reason': { says: 'edit content without a reason', cells: [403, 422, 422, 403, 422] },
  'edit-content-done': { says: 'edit content with a reason, item done', cells: [403, ok, ok, 403, ok] },
  'edit-content-closed': { says: 'edit content with a reason, item struck off', cells: [403, 422, 422, 403, 422] },
  'move-deadline': {
    says: 'move the deadline by PATCH (only an extension moves it)',
    cells: [403, 422, 422, 403, 422],
  },

  // CONTRACT.md: set key (select the 100 key items).
  'select-key': { says: 'select a key item, a place free in the 100', cells: [403, ok, 403, 403, ok] },
  'select-key-over-target': { says: 'select a 101st key item', cells: [403, 422, 403, 403, 422] },

  // Demand links on the item (issue 22: each change is an edit entry).
  'link-unit-demand': { says: 'link a new 朱庄矿 demand to the item (PATCH demandIds)', cells: [403, ok, ok, 403, ok] },
  'link-other-unit-demand': { says: 'link a new 芦岭矿 demand to the item', cells: [403, ok, 403, 403, ok] },

  // CONTRACT.md: set progress, status up to done; post update kinds.
  'post-progress': { says: 'post a progress report', cells: [403, ok, ok, 403, ok] },
  'mark-done': { says: 'move in progress → done', cells: [403, ok, ok, 403, ok] },
  'skip-to-done': { says: 'move planned → done', cells: [403, 422, 422, 403, 422] },
  'post-inspection': { says: 'post an on-site inspection', cells: [403, ok, 403, 403, ok] },
  'post-urge': { says: 'post an urge', cells: [403, ok, 403, 403, ok] },
  'post-reply': { says: 'post a reply to urges', cells: [403, 403, ok, 403, ok] },
  'post-instruction': { says: 'post an instruction (批示)', cells: [ok, 403, 403, 403, 403] },
  'post-satisfaction': { says: 'post a survey reaching the bar on a done item', cells: [403, ok, 403, 403, ok] },
  'post-satisfaction-below-bar': {
    says: 'post a survey below the bar on a done item (it goes back to in progress)',
    cells: [403, ok, 403, 403, ok],
  },
  'post-backend-kind': {
    says: 'post an entry of kind edit (written by the backend only)',
    cells: [422, 422, 422, 422, 422],
  },
  'progress-on-closed': { says: 'post a progress report on a struck-off item', cells: [403, 422, 422, 403, 422] },

  // Issue 22: extensions (申请延期).
  'request-extension': { says: 'request an extension, item in progress', cells: [403, ok, ok, 403, ok] },
  'request-extension-done': { says: 'request an extension, item done', cells: [403, 422, 422, 403, 422] },
  'request-second-extension': {
    says: 'request an extension while another waits',
    cells: [403, 422, 422, 403, 422],
  },
  'request-extension-not-later': {
    says: 'request an extension to the current deadline',
    cells: [403, 422, 422, 403, 422],
  },
  'decide-extension': { says: 'approve an extension requested by supervisor-2', cells: [403, ok, 403, 403, ok] },
  'decide-own-extension': { says: 'approve an extension one requested oneself', cells: [na, 403, 403, na, 403] },
  'decide-without-request': { says: 'decide an extension with none waiting', cells: [403, 422, 403, 403, 422] },

  // CONTRACT.md: strike off (done → closed); issue 22: leaders too, a second person, after the list's bar.
  'strike-off': {
    says: 'strike off: done reported by supervisor-2, a survey reaching the bar after it',
    cells: [ok, ok, 403, 403, ok],
  },
  'strike-off-as-reporter': { says: 'strike off work one reported done oneself', cells: [na, 403, 403, na, 403] },
  'strike-off-without-survey': { says: 'strike off with no survey since done', cells: [422, 422, 403, 403, 422] },
  'strike-off-survey-before-done': {
    says: 'strike off with the only passing survey before the latest move to done',
    cells: [422, 422, 403, 403, 422],
  },
  'strike-off-in-progress': { says: 'strike off an item in progress', cells: [403, 422, 403, 403, 422] },

  // CONTRACT.md: a supervisor may move an item back; issue 22: reopening only by supervision.
  'reopen-done': { says: 'move done → in progress', cells: [403, ok, 403, 403, ok] },
  'reopen-closed': { says: 'move struck off → in progress', cells: [403, ok, 403, 403, ok] },

  // Issue 22: the list's satisfaction bar, admin only (PATCH /campaign/lists/{id}).
  'set-satisfaction-bar': { says: 'set the 双百 list’s satisfaction bar', cells: [403, 403, 403, 403, ok] },
  'set-invalid-satisfaction-bar': { says: 'set a bar of 120 %', cells: [403, 403, 403, 403, 422] },

  // Issue 23: the org tree, admin only (POST/PATCH /admin/units).
  'add-unit': { says: 'add a company under the group', cells: [403, 403, 403, 403, ok] },
  'move-unit-under-itself': { says: 'move the group’s company under its own unit', cells: [403, 403, 403, 403, 422] },

  // CONTRACT.md: record or triage demands.
  'record-demand': { says: 'record a demand of 朱庄矿', cells: [403, ok, ok, 403, ok] },
  'triage-demand': { says: 'reject a demand of 朱庄矿 with a reason', cells: [403, ok, ok, 403, ok] },
  'adopt-demand': { says: 'adopt a demand of 朱庄矿 into the item (PATCH /demands)', cells: [403, ok, ok, 403, ok] },
} as const satisfies Record<string, { says: string; cells: Cells }>

export type ActionId = keyof typeof roleTable

/** Every cell, flattened for it.each: one test per action × column. */
export const roleTableCells = (Object.keys(roleTable) as ActionId[]).flatMap((action) =>
  roleColumns.map((column, index) => ({
    action,
    column,
    actor: actorOf[column],
    expected: roleTable[action].cells[index]! as Cell,
    says: roleTable[action].says,
  })),
)
