import type { Decision } from '@/domain/decision'
import type { Item, ItemStatus, UpdateKind } from '@/domain/model/item'
import { updateKinds } from '@/domain/model/item'
import type { UnitKind } from '@/domain/model/unit'
import type { Update } from '@/domain/model/update'
import type { User } from '@/domain/model/user'
import {
  canChangeStatus,
  canCreateInList,
  canCreateItem,
  canCreateItems,
  canEditItem,
  canPostDraft,
  canPostUpdate,
  canRecordDemand,
  canReportProgress,
  canSelectKey,
  canSetKey,
  canSetSatisfactionBar,
  canStrikeOff,
  canStrikeOffAsRole,
  canTriageDemand,
  updateKindsFor,
} from '@/domain/permissions'
import { canDecideExtension, canRequestExtension } from '@/domain/extension'
import { defaultSatisfactionBar as bar } from '@/domain/satisfaction-bar'
import { chineseSentence, demand, item, list, satisfaction, update, urge, user } from './fixtures'

// The role table of CONTRACT.md, cell by cell. The secretary is bound to unit `zhu`; "own unit" cells act on
// an item or demand of `zhu`, "other unit" cells on one of `lu`.

type Expected = 'ok' | 403 | 422
type Actor = 'leader' | 'supervisor' | 'secretary (own unit)' | 'secretary (other unit)' | 'admin'
type Cell = { name: string; decide: () => Decision; expected: Expected }

const actors: Record<Actor, { user: User; unitId: string }> = {
  leader: { user: user('leader'), unitId: 'zhu' },
  supervisor: { user: user('supervisor'), unitId: 'zhu' },
  'secretary (own unit)': { user: user('secretary', 'zhu'), unitId: 'zhu' },
  'secretary (other unit)': { user: user('secretary', 'zhu'), unitId: 'lu' },
  admin: { user: user('admin'), unitId: 'zhu' },
}
const actorNames = Object.keys(actors) as Actor[]

/** One row of the table: an action and what each actor gets. */
function row(
  action: string,
  expected: Record<Actor, Expected>,
  decide: (user: User, unitId: string) => Decision,
): Cell[] {
  return actorNames.map((actor) => ({
    name: `${action} · ${actor}`,
    expected: expected[actor],
    decide: () => decide(actors[actor].user, actors[actor].unitId),
  }))
}

const all = (expected: Expected): Record<Actor, Expected> => ({
  leader: expected,
  supervisor: expected,
  'secretary (own unit)': expected,
  'secretary (other unit)': expected,
  admin: expected,
})

function expectDecision(decision: Decision, expected: Expected) {
  if (expected === 'ok') {
    expect(decision).toEqual({ ok: true })
    return
  }
  expect(decision.ok).toBe(false)
  if (decision.ok) return
  expect(decision.status).toBe(expected)
  expect(decision.reason).toMatch(chineseSentence)
}

const ready = { progress: 100, completionNote: '食堂已改造完成，职工评价良好' }
const satisfied: readonly Update[] = [satisfaction('2026-05-10', 10, 9)]
const scoped = (unitId: string, status: ItemStatus, extra: Partial<Item> = {}) => item({ unitId, status, ...extra })

// ---- create ---------------------------------------------------------------------------------------
const createCells = (['group', 'department', 'grassroots'] as const satisfies readonly UnitKind[]).flatMap((level) =>
  row(
    `create an item in a ${level}-level list`,
    {
      leader: 403,
      supervisor: 'ok',
      'secretary (own unit)': level === 'grassroots' ? 'ok' : 403,
      'secretary (other unit)': 403,
      admin: 'ok',
    },
    (u, unitId) => canCreateItem(u, list('l', level), unitId),
  ),
)
const createOfferCells = [
  ...row('offer item creation at all', { ...all('ok'), leader: 403 }, (u) => canCreateItems(u)),
  ...(['group', 'department', 'grassroots'] as const satisfies readonly UnitKind[]).flatMap((level) =>
    row(
      `offer a ${level}-level list for new items`,
      {
        leader: 403,
        supervisor: 'ok',
        'secretary (own unit)': level === 'grassroots' ? 'ok' : 403,
        'secretary (other unit)': level === 'grassroots' ? 'ok' : 403,
        admin: 'ok',
      },
      (u) => canCreateInList(u, list('l', level)),
    ),
  ),
]

// ---- edit -----------------------------------------------------------------------------------------
const editCells = [
  ...row(
    'edit an open item',
    { leader: 403, supervisor: 'ok', 'secretary (own unit)': 'ok', 'secretary (other unit)': 403, admin: 'ok' },
    (u, unitId) => canEditItem(u, scoped(unitId, 'in_progress')),
  ),
  ...row(
    'edit a done item',
    { leader: 403, supervisor: 'ok', 'secretary (own unit)': 'ok', 'secretary (other unit)': 403, admin: 'ok' },
    (u, unitId) => canEditItem(u, scoped(unitId, 'done')),
  ),
  ...row(
    'edit a closed item',
    { leader: 403, supervisor: 422, 'secretary (own unit)': 422, 'secretary (other unit)': 403, admin: 422 },
    (u, unitId) => canEditItem(u, scoped(unitId, 'closed')),
  ),
]

// ---- report progress ------------------------------------------------------------------------------
const progressCells = [
  ...row(
    'report progress on an open item',
    { leader: 403, supervisor: 'ok', 'secretary (own unit)': 'ok', 'secretary (other unit)': 403, admin: 'ok' },
    (u, unitId) => canReportProgress(u, scoped(unitId, 'in_progress')),
  ),
  ...row(
    'report progress on a closed item',
    { leader: 403, supervisor: 422, 'secretary (own unit)': 422, 'secretary (other unit)': 403, admin: 422 },
    (u, unitId) => canReportProgress(u, scoped(unitId, 'closed')),
  ),
]

// ---- status changes -------------------------------------------------------------------------------
type StatusCase = {
  from: ItemStatus
  to: ItemStatus
  label: string
  updates?: readonly Pick<Update, 'kind'>[]
  expected: Record<Actor, Expected>
}
const upToDone: Record<Actor, Expected> = {
  leader: 403,
  supervisor: 'ok',
  'secretary (own unit)': 'ok',
  'secretary (other unit)': 403,
  admin: 'ok',
}
const supervisionOnly: Record<Actor, Expected> = {
  leader: 403,
  supervisor: 'ok',
  'secretary (own unit)': 403,
  'secretary (other unit)': 403,
  admin: 'ok',
}
const strikers: Record<Actor, Expected> = { ...supervisionOnly, leader: 'ok' }
const invalidMove = (secretaryOwn: Expected): Record<Actor, Expected> => ({
  leader: 403,
  supervisor: 422,
  'secretary (own unit)': secretaryOwn,
  'secretary (other unit)': 403,
  admin: 422,
})
const statusCases: StatusCase[] = [
  { from: 'planned', to: 'in_progress', label: 'start', expected: upToDone },
  { from: 'in_progress', to: 'done', label: 'finish', expected: upToDone },
  { from: 'done', to: 'in_progress', label: 'reopen', expected: supervisionOnly },
  { from: 'done', to: 'closed', label: 'strike off (ready)', updates: satisfied, expected: strikers },
  {
    from: 'done',
    to: 'closed',
    label: 'strike off (no satisfaction yet)',
    updates: [],
    expected: { leader: 422, supervisor: 422, 'secretary (own unit)': 403, 'secretary (other unit)': 403, admin: 422 },
  },
  {
    from: 'done',
    to: 'closed',
    label: 'strike off (survey below the bar)',
    updates: [satisfaction('2026-05-10', 10, 7)],
    expected: { leader: 422, supervisor: 422, 'secretary (own unit)': 403, 'secretary (other unit)': 403, admin: 422 },
  },
  { from: 'planned', to: 'done', label: 'skip a step', expected: invalidMove(422) },
  { from: 'planned', to: 'planned', label: 'stay put', expected: invalidMove(422) },
  { from: 'in_progress', to: 'planned', label: 'move back before start', expected: invalidMove(422) },
  { from: 'in_progress', to: 'closed', label: 'strike off before done', expected: invalidMove(403) },
  { from: 'closed', to: 'in_progress', label: 'reopen a closed item', expected: supervisionOnly },
  { from: 'closed', to: 'done', label: 'un-strike a closed item', expected: invalidMove(422) },
]
const statusCells = statusCases.flatMap(({ from, to, label, updates = satisfied, expected }) =>
  row(`status ${from} → ${to} (${label})`, expected, (u, unitId) =>
    canChangeStatus(u, scoped(unitId, from, ready), to, updates, bar),
  ),
)

// ---- key selection --------------------------------------------------------------------------------
const keyList = list('dh', 'grassroots', { keyTarget: 2 })
const openList = list('n', 'department', { keyTarget: null })
const keyCells = [
  ...row('select a key item below the limit', { ...all(403), supervisor: 'ok', admin: 'ok' }, (u) =>
    canSetKey(u, { key: false }, keyList, 1, true),
  ),
  ...row('select one more key item at the limit', { ...all(403), supervisor: 422, admin: 422 }, (u) =>
    canSetKey(u, { key: false }, keyList, 2, true),
  ),
  ...row('unselect a key item at the limit', { ...all(403), supervisor: 'ok', admin: 'ok' }, (u) =>
    canSetKey(u, { key: true }, keyList, 2, false),
  ),
  ...row('leave a non-key item unselected at the limit', { ...all(403), supervisor: 'ok', admin: 'ok' }, (u) =>
    canSetKey(u, { key: false }, keyList, 2, false),
  ),
  ...row('keep a key item selected at the limit', { ...all(403), supervisor: 'ok', admin: 'ok' }, (u) =>
    canSetKey(u, { key: true }, keyList, 2, true),
  ),
  ...row('select a key item in a list without keyTarget', { ...all(403), supervisor: 422, admin: 422 }, (u) =>
    canSetKey(u, { key: false }, openList, 0, true),
  ),
  ...row('unselect in a list without keyTarget', { ...all(403), supervisor: 422, admin: 422 }, (u) =>
    canSetKey(u, { key: true }, openList, 1, false),
  ),
  ...row('select a closed item as key', { ...all(403), supervisor: 422, admin: 422 }, (u) =>
    canSetKey(u, { key: false, status: 'closed' }, keyList, 0, true),
  ),
  ...row('offer key selection at all', { ...all(403), supervisor: 'ok', admin: 'ok' }, (u) => canSelectKey(u)),
]

// ---- strike-off -----------------------------------------------------------------------------------
const reportedBy = (u: User) => [update('status', '2026-05-08', { toStatus: 'done', authorId: u.id }), ...satisfied]
const strikeCells = [
  ...row('strike off as a role', strikers, (u) => canStrikeOffAsRole(u)),
  ...row('strike off a ready item', strikers, (u, unitId) =>
    canStrikeOff(u, scoped(unitId, 'done', ready), satisfied, bar),
  ),
  ...row('strike off an item at 90%', { ...all(403), leader: 422, supervisor: 422, admin: 422 }, (u, unitId) =>
    canStrikeOff(u, scoped(unitId, 'done', { ...ready, progress: 90 }), satisfied, bar),
  ),
  ...row('strike off work one reported done oneself', all(403), (u, unitId) =>
    canStrikeOff(u, scoped(unitId, 'done', ready), reportedBy(u), bar),
  ),
]

// ---- extensions and the satisfaction bar ----------------------------------------------------------
const requested = (authorId: string) => [
  update('extension', '2026-05-08', { deadline: '2026-09-30', note: '设备到货延迟', authorId }),
]
const requesters: Record<Actor, Expected> = { ...upToDone }
const extensionCells = [
  ...row('request an extension on an open item', requesters, (u, unitId) =>
    canRequestExtension(u, scoped(unitId, 'in_progress'), []),
  ),
  ...row(
    'request an extension on a done item',
    { leader: 403, supervisor: 422, 'secretary (own unit)': 422, 'secretary (other unit)': 403, admin: 422 },
    (u, unitId) => canRequestExtension(u, scoped(unitId, 'done'), []),
  ),
  ...row(
    'request a second extension while one waits',
    { leader: 403, supervisor: 422, 'secretary (own unit)': 422, 'secretary (other unit)': 403, admin: 422 },
    (u, unitId) => canRequestExtension(u, scoped(unitId, 'in_progress'), requested('someone-else')),
  ),
  ...row("decide another's extension request", supervisionOnly, (u) =>
    canDecideExtension(u, requested('someone-else')),
  ),
  ...row("decide one's own extension request", all(403), (u) => canDecideExtension(u, requested(u.id))),
  ...row('decide when no request waits', { ...all(403), supervisor: 422, admin: 422 }, (u) =>
    canDecideExtension(u, []),
  ),
  ...row("set a list's satisfaction bar", { ...all(403), admin: 'ok' }, (u) => canSetSatisfactionBar(u)),
]

// ---- update kinds ---------------------------------------------------------------------------------
const written: readonly UpdateKind[] = ['created', 'edit']
const mayPost: Record<Actor, readonly UpdateKind[]> = {
  leader: ['instruction', 'status'],
  supervisor: ['progress', 'status', 'inspection', 'urge', 'satisfaction', 'extension', 'extension_decision'],
  'secretary (own unit)': ['progress', 'status', 'reply', 'extension'],
  'secretary (other unit)': [],
  admin: updateKinds.filter((kind) => kind !== 'instruction' && !written.includes(kind)),
}
const roleMayPost = (actor: Actor, kind: UpdateKind) =>
  actor === 'secretary (other unit)' ? mayPost['secretary (own unit)'].includes(kind) : mayPost[actor].includes(kind)

const updateCells = updateKinds.flatMap((kind) => [
  ...row(
    `post ${kind} on an open item`,
    Object.fromEntries(actorNames.map((a) => [a, mayPost[a].includes(kind) ? 'ok' : 403])) as Record<Actor, Expected>,
    (u, unitId) => canPostUpdate(u, scoped(unitId, 'in_progress'), kind),
  ),
  ...row(
    `post ${kind} on a closed item`,
    Object.fromEntries(
      actorNames.map((a): [Actor, Expected] => {
        if (!roleMayPost(a, kind) || a === 'secretary (other unit)') return [a, 403]
        return [a, kind === 'instruction' || kind === 'status' ? 'ok' : 422]
      }),
    ) as Record<Actor, Expected>,
    (u, unitId) => canPostUpdate(u, scoped(unitId, 'closed'), kind),
  ),
])

// ---- demands --------------------------------------------------------------------------------------
const demandCells = [
  ...row('record a demand', upToDone, (u, unitId) => canRecordDemand(u, unitId)),
  ...row('triage a demand', upToDone, (u, unitId) => canTriageDemand(u, demand({ unitId }))),
]

const cells: Cell[] = [
  ...createCells,
  ...createOfferCells,
  ...editCells,
  ...progressCells,
  ...statusCells,
  ...keyCells,
  ...strikeCells,
  ...extensionCells,
  ...updateCells,
  ...demandCells,
]

describe('the role table of CONTRACT.md', () => {
  it('has one uniquely named case per cell', () => {
    expect(new Set(cells.map((cell) => cell.name)).size).toBe(cells.length)
  })

  it.each(cells.map((cell) => [cell.name, cell.expected, cell.decide] as const))(
    '%s → %s',
    (_name, expected, decide) => {
      expectDecision(decide(), expected)
    },
  )
})

describe('details behind the cells', () => {
  it('a secretary without a unit may not create or record anything', () => {
    const loose = user('secretary', null)
    expectDecision(canCreateItem(loose, list('dh', 'grassroots'), 'zhu'), 403)
    expectDecision(canRecordDemand(loose, 'zhu'), 403)
    expectDecision(canEditItem(loose, item({ unitId: 'zhu' })), 403)
  })

  it('a supervisor or admin with a home unit still acts on every unit', () => {
    const supervisor = user('supervisor', 'dept-office')
    expectDecision(canEditItem(supervisor, item({ unitId: 'zhu' })), 'ok')
    expectDecision(canChangeStatus(supervisor, item({ unitId: 'lu', status: 'planned' }), 'in_progress', [], bar), 'ok')
    expectDecision(canTriageDemand(user('admin', 'group'), demand({ unitId: 'lu' })), 'ok')
  })

  it('the key limit names the limit and the field', () => {
    const decision = canSetKey(user('supervisor'), { key: false }, keyList, 2, true)
    expect(decision).toMatchObject({ ok: false, status: 422, field: 'key' })
    expect(decision.ok ? '' : decision.reason).toContain('2')
  })

  it('a refused strike-off lists every blocker and names toStatus', () => {
    const decision = canStrikeOff(user('supervisor'), { status: 'done', progress: 90, completionNote: ' ' }, [], bar)
    expect(decision).toMatchObject({ ok: false, status: 422, field: 'toStatus' })
    const reason = decision.ok ? '' : decision.reason
    expect(reason).toContain('进度')
    expect(reason).toContain('办结说明')
    expect(reason).toContain('满意度')
  })

  it('a strike-off through canChangeStatus applies the same rule', () => {
    const decision = canChangeStatus(
      user('admin'),
      item({ status: 'done', progress: 100, completionNote: null }),
      'closed',
      satisfied,
      bar,
    )
    expect(decision).toMatchObject({ ok: false, status: 422, field: 'toStatus' })
  })

  it('an impossible move names toStatus and both statuses in Chinese', () => {
    const decision = canChangeStatus(user('supervisor'), item({ status: 'planned' }), 'done', [], bar)
    expect(decision).toMatchObject({ ok: false, status: 422, field: 'toStatus' })
    expect(decision.ok ? '' : decision.reason).toMatch(/未启动.*已办结/)
  })

  it.each([
    ['leader', ['instruction', 'status']],
    ['supervisor', ['progress', 'status', 'inspection', 'urge', 'satisfaction', 'extension', 'extension_decision']],
    ['secretary', ['progress', 'status', 'reply', 'extension']],
    ['admin', updateKinds.filter((kind) => kind !== 'instruction' && kind !== 'created' && kind !== 'edit')],
  ] as const)('updateKindsFor(%s) offers exactly its kinds', (role, kinds) => {
    expect([...updateKindsFor(user(role, role === 'secretary' ? 'zhu' : null))].sort()).toEqual([...kinds].sort())
  })
})

describe('canPostDraft', () => {
  const secretary = user('secretary', 'zhu')
  const supervisor = user('supervisor')
  const now = { now: new Date('2026-05-12T04:00:00Z'), bar } // 12:00 China time

  it('asks the kind first: a leader may only instruct', () => {
    expect(canPostDraft(user('leader'), item(), { kind: 'progress', progress: 10, note: '进展' }, [], now).ok).toBe(
      false,
    )
    expect(canPostDraft(user('leader'), item(), { kind: 'instruction', note: '抓紧' }, [], now)).toEqual({ ok: true })
  })

  it('a progress report needs the right to report progress on the item', () => {
    const draft = { kind: 'progress', progress: 30, note: '进展' } as const
    expect(canPostDraft(secretary, item({ unitId: 'zhu', status: 'in_progress' }), draft, [], now)).toEqual({
      ok: true,
    })
    expect(canPostDraft(secretary, item({ unitId: 'lu', status: 'in_progress' }), draft, [], now)).toMatchObject({
      ok: false,
      status: 403,
    })
  })

  it('a status change is judged by its target, with the history for a strike-off', () => {
    const done = item({ status: 'done', ...ready })
    const closing = { kind: 'status', toStatus: 'closed', note: '销号' } as const
    expect(canPostDraft(supervisor, done, closing, satisfied, now)).toEqual({ ok: true })
    expect(canPostDraft(supervisor, done, closing, [], now)).toMatchObject({
      ok: false,
      status: 422,
      field: 'toStatus',
    })
    expect(
      canPostDraft(secretary, item({ unitId: 'zhu', status: 'done', ...ready }), closing, satisfied, now),
    ).toMatchObject({ ok: false, status: 403 })
  })

  it('refuses a repeat urge within 24 hours of the last one, with a Chinese reason on `kind`', () => {
    const draft = { kind: 'urge', note: '请抓紧', replyBy: '2026-05-20' } as const
    const open = item({ status: 'in_progress' })
    const urgedAt = (instant: string) => [urge(instant, '2026-05-15')]
    expect(canPostDraft(supervisor, open, draft, [], now)).toEqual({ ok: true })
    const refused = canPostDraft(supervisor, open, draft, urgedAt('2026-05-11T04:30:00Z'), now)
    expect(refused).toMatchObject({ ok: false, status: 422, field: 'kind' })
    expect(refused.ok ? '' : refused.reason).toBe(
      '该项目已于 5月11日 12:30 催办，24 小时内不能重复催办；5月12日 12:30 后可再次催办',
    )
    expect(canPostDraft(supervisor, open, draft, urgedAt('2026-05-11T04:00:00Z'), now)).toEqual({ ok: true })
    // Other kinds are not held back by a recent urge; the role still comes first.
    const replyDraft = { kind: 'reply', note: '已整改' } as const
    expect(canPostDraft(user('secretary', 'zhu'), open, replyDraft, urgedAt('2026-05-12T03:00:00Z'), now)).toEqual({
      ok: true,
    })
    expect(canPostDraft(secretary, open, draft, urgedAt('2026-05-12T03:00:00Z'), now)).toMatchObject({ status: 403 })
  })
})
