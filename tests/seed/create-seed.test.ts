import { z } from 'zod/mini'
import { addDays, dateOf, daysBetween, type IsoDate } from '@/domain/dates'
import { applyDemandPatch } from '@/domain/demand-rules'
import { deriveItem, snapshotAt, type ItemRecord } from '@/domain/history'
import { CampaignSchema } from '@/domain/model/campaign'
import { demandChannels, DemandSchema, type Demand } from '@/domain/model/demand'
import { ItemSchema, type ItemStatus } from '@/domain/model/item'
import { UnitSchema } from '@/domain/model/unit'
import { UpdateSchema, type Update } from '@/domain/model/update'
import { UserSchema, type User } from '@/domain/model/user'
import { canChangeStatus, canPostUpdate, canReportProgress, canStrikeOff } from '@/domain/permissions'
import { summarize, trend } from '@/domain/stats'
import { isTransition } from '@/domain/status'
import { barOf } from '@/domain/satisfaction-bar'
import { strikeOffBlockers } from '@/domain/strike-off'
import { changesRecord, replayTrail } from '@/domain/trail'
import { extensionStateOf } from '@/domain/extension'
import { isReplyOverdue } from '@/domain/urge'
import { createSeed, type SeedData } from '@/core/seed/create-seed'

// The seeded demo campaign: the end-of-May figures of seed 000 as of today, a history behind every
// item that the domain's own rules replay and allow, and the same data for the same day.

const today: IsoDate = '2021-06-01'
const seed = createSeed({ today })
const updatesByItem = groupUpdates(seed.updates)
const usersById = new Map(seed.users.map((user) => [user.id, user]))
const itemsById = new Map(seed.items.map((item) => [item.id, item]))
const demandsById = new Map(seed.demands.map((demand) => [demand.id, demand]))

function groupUpdates(updates: readonly Update[]): Map<string, Update[]> {
  const byItem = new Map<string, Update[]>()
  for (const update of updates) {
    const list = byItem.get(update.itemId)
    if (list) list.push(update)
    else byItem.set(update.itemId, [update])
  }
  return byItem
}

const updatesOf = (item: ItemRecord) => updatesByItem.get(item.id) ?? []
const listOf = (item: ItemRecord) => seed.campaign.lists.find((list) => list.id === item.listId)
const listStats = (data: SeedData, byItem: Map<string, Update[]>, asOf: IsoDate, listId: string) => {
  const stats = summarize(data.campaign, data.items, byItem, data.demands, asOf).lists.find(
    (list) => list.listId === listId,
  )
  if (!stats) throw new Error(`no list ${listId}`)
  return stats
}

/** Replays an item's updates one by one, handing each update the item as it stood just before it. */
function replay(
  item: ItemRecord,
  visit: (update: Update, before: ReplayState, earlier: readonly Update[]) => void,
): ReplayState {
  const state: ReplayState = { unitId: item.unitId, status: 'planned', progress: 0, completionNote: null }
  const earlier: Update[] = []
  for (const update of updatesOf(item)) {
    // The trail's first entry is the item's creation, written by the backend, not posted.
    if (update.kind !== 'created') visit(update, { ...state }, earlier)
    if (update.progress !== undefined) state.progress = update.progress
    if (update.toStatus !== undefined) {
      if (update.toStatus === 'done') state.completionNote = update.note
      if (update.toStatus === 'in_progress' && update.fromStatus === 'done') state.completionNote = null
      state.status = update.toStatus
    }
    earlier.push(update)
  }
  return state
}
type ReplayState = { unitId: string; status: ItemStatus; progress: number; completionNote: string | null }

describe('createSeed (demo)', () => {
  it('has the fixed lists, units and users others rely on', () => {
    const lists = Object.fromEntries(seed.campaign.lists.map((list) => [list.id, list]))
    expect(lists.eight).toMatchObject({ level: 'group', target: 8, keyTarget: null, codePrefix: 'SS' })
    expect(lists.n).toMatchObject({ level: 'department', target: null, keyTarget: null, codePrefix: 'NT' })
    expect(lists['double-hundred']).toMatchObject({
      level: 'grassroots',
      target: null,
      keyTarget: 100,
      codePrefix: 'SB',
    })
    expect(seed.campaign.startDate).toBe(addDays(today, -91))
    expect(seed.campaign.endDate > today).toBe(true)
    expect(seed.campaign.categories.length).toBeGreaterThanOrEqual(8)
    expect(seed.campaign.categories.length).toBeLessThanOrEqual(12)

    const units = new Map(seed.units.map((unit) => [unit.id, unit]))
    expect(units.get('group')).toMatchObject({ kind: 'group', parentId: null })
    for (const id of ['zhuzhuang', 'luling', 'yuandian2', 'linhuan-coking'])
      expect(units.get(id)).toMatchObject({ kind: 'grassroots', parentId: 'group' })
    const grassroots = seed.units.filter((unit) => unit.kind === 'grassroots')
    expect(grassroots.length).toBeGreaterThanOrEqual(18)
    expect(grassroots.every((unit) => typeof unit.itemTarget === 'number' && unit.itemTarget > 0)).toBe(true)
    expect(
      seed.units
        .filter((unit) => unit.kind === 'department')
        .every((unit) => unit.id.startsWith('dept-') && unit.parentId === 'group'),
    ).toBe(true)

    const roles = Object.fromEntries(seed.users.map((user) => [user.id, user.role]))
    expect(roles).toMatchObject({
      'leader-1': 'leader',
      'leader-2': 'leader',
      'supervisor-1': 'supervisor',
      'supervisor-2': 'supervisor',
      'admin-1': 'admin',
    })
    for (const unitId of ['zhuzhuang', 'luling', 'yuandian2', 'linhuan-coking']) {
      expect(usersById.get(`secretary-${unitId}`)).toMatchObject({ role: 'secretary', unitId })
    }
    expect(usersById.get('leader-1')?.title).toBeTruthy()
  })

  it('parses with the contract schemas', () => {
    const RecordSchema = z.strictObject(
      z.omit(ItemSchema, { light: true, lastUpdate: true, urge: true, extension: true }).shape,
    )
    expect(() => CampaignSchema.parse(seed.campaign)).not.toThrow()
    for (const unit of seed.units) UnitSchema.parse(unit)
    for (const user of seed.users) UserSchema.parse(user)
    for (const item of seed.items) RecordSchema.parse(item)
    for (const update of seed.updates) z.strictObject(UpdateSchema.shape).parse(update)
    for (const demand of seed.demands) z.strictObject(DemandSchema.shape).parse(demand)
  })

  it('shows the end-of-May figures of seed 000 as of today', () => {
    const summary = summarize(seed.campaign, seed.items, updatesByItem, seed.demands, today)
    const byList = Object.fromEntries(summary.lists.map((list) => [list.listId, list]))
    expect(byList.eight).toMatchObject({ total: 8, inProgress: 8, done: 0 })
    expect(byList.n).toMatchObject({ total: 24, done: 10 })
    expect(byList['double-hundred']).toMatchObject({ total: 471, keyTotal: 100, done: 231, keyDone: 34 })
    expect(byList['double-hundred']!.closed).toBeGreaterThan(100)
    expect(byList['double-hundred']!.closed).toBeLessThan(231)
    expect(summary.demands.total).toBe(467)
    for (const channel of demandChannels) expect(summary.demands.byChannel[channel], channel).toBeGreaterThan(0)
    expect(summary.demands.byStatus.adopted).toBeGreaterThan(summary.demands.total / 2)
    for (const status of ['new', 'answered', 'rejected', 'merged'] as const)
      expect(summary.demands.byStatus[status], status).toBeGreaterThan(0)
  })

  it('puts the 8 key things with departments, led by group leaders, at 35–85%', () => {
    const eight = seed.items.filter((item) => item.listId === 'eight')
    const leaderNames = new Set(seed.users.filter((user) => user.role === 'leader').map((user) => user.name))
    expect(eight.map((item) => item.code)).toEqual([
      'SS-01',
      'SS-02',
      'SS-03',
      'SS-04',
      'SS-05',
      'SS-06',
      'SS-07',
      'SS-08',
    ])
    for (const item of eight) {
      expect(item.leadLeader).toBeTruthy()
      expect(seed.units.find((unit) => unit.id === item.unitId)?.kind).toBe('department')
      expect(item.progress).toBeGreaterThanOrEqual(35)
      expect(item.progress).toBeLessThanOrEqual(85)
    }
    expect(eight.some((item) => leaderNames.has(item.leadLeader ?? ''))).toBe(true)
    const instructed = eight.filter((item) => updatesOf(item).some((update) => update.kind === 'instruction'))
    expect(instructed.length).toBeGreaterThanOrEqual(4)
  })

  it('gives every item a unit of its list level and a known category', () => {
    const kindOf = new Map(seed.units.map((unit) => [unit.id, unit.kind]))
    const categories = new Set(seed.campaign.categories.map((category) => category.id))
    for (const item of seed.items) {
      expect(kindOf.get(item.unitId), item.code).toBe(item.listId === 'double-hundred' ? 'grassroots' : 'department')
      expect(categories.has(item.category), item.code).toBe(true)
      expect(item.deadline <= seed.campaign.endDate, item.code).toBe(true)
      expect(item.deadline > dateOf(item.createdAt), item.code).toBe(true)
    }
  })

  it('keeps every item equal to what its history replays', () => {
    for (const item of seed.items) {
      const updates = updatesOf(item)
      const snap = snapshotAt(item, updates, today)
      expect(snap, item.code).not.toBeNull()
      expect({ status: snap!.status, progress: snap!.progress }, item.code).toEqual({
        status: item.status,
        progress: item.progress,
      })
      const end = replay(item, () => {})
      expect(end.completionNote, item.code).toBe(item.completionNote)
      expect(item.updatedAt, item.code).toBe(updates.at(-1)?.at ?? item.createdAt)
      expect(item.version, item.code).toBe(
        1 + updates.filter((update) => update.kind !== 'created' && changesRecord(update)).length,
      )
      expect(replayTrail(updates), item.code).toEqual(item)
    }
  })

  it('has extension requests approved by a second supervisor, and some waiting', () => {
    const states = seed.items.map((item) => ({ item, state: extensionStateOf(updatesOf(item)) }))
    const approved = states.filter(({ state }) => state.approved > 0)
    const pending = states.filter(({ state }) => state.pending !== null)
    expect([approved.length, pending.length]).toEqual([6, 4])
    for (const { item } of approved) {
      const trail = updatesOf(item)
      const asked = trail.find((update) => update.kind === 'extension')!
      const decided = trail.find((update) => update.kind === 'extension_decision')!
      expect(decided.authorId, item.code).not.toBe(asked.authorId)
      expect(decided.changes?.[0]).toMatchObject({ field: 'deadline', after: item.deadline })
      expect(trail[0]!.changes?.find((change) => change.field === 'deadline')?.after).not.toBe(item.deadline)
    }
    for (const { item, state } of pending) expect(state.pending!.deadline > item.deadline, item.code).toBe(true)
  })

  it('lets every update be posted by its author at that moment', () => {
    let checked = 0
    for (const item of seed.items) {
      replay(item, (update, before, earlier) => {
        const author = usersById.get(update.authorId) as User
        expect(author, update.id).toBeDefined()
        expect([update.authorName, update.authorRole], update.id).toEqual([author.name, author.role])
        expect(canPostUpdate(author, before, update.kind), update.id).toEqual({ ok: true })
        if (update.kind === 'progress') {
          expect(canReportProgress(author, before), update.id).toEqual({ ok: true })
          if (update.toStatus !== undefined) {
            expect(update.fromStatus, update.id).toBe(before.status)
            expect(isTransition(before.status, update.toStatus), update.id).toBe(true)
          }
        }
        if (update.kind === 'status') {
          expect(update.fromStatus, update.id).toBe(before.status)
          expect(canChangeStatus(author, before, update.toStatus!, earlier, barOf(listOf(item))), update.id).toEqual({
            ok: true,
          })
          if (update.toStatus === 'done')
            expect([update.progress, update.note.length > 0], update.id).toEqual([100, true])
        }
        const on = dateOf(update.at)
        if (update.kind === 'urge') expect(update.replyBy! >= on, update.id).toBe(true)
        if (update.kind === 'inspection')
          expect(update.visitedOn! <= on && update.visitedOn! >= dateOf(item.createdAt), update.id).toBe(true)
        if (update.kind === 'satisfaction')
          expect(update.satisfied! <= update.surveyed! && update.method !== undefined, update.id).toBe(true)
        checked += 1
      })
    }
    expect(checked).toBe(seed.updates.filter((update) => update.kind !== 'created').length)
  })

  it('struck off only what the strike-off rule allowed at that moment', () => {
    const closed = seed.items.filter((item) => item.status === 'closed')
    expect(closed.length).toBeGreaterThan(100)
    for (const item of closed) {
      let strikes = 0
      replay(item, (update, before, earlier) => {
        if (update.toStatus !== 'closed') return
        strikes += 1
        expect(strikeOffBlockers(before, earlier, barOf(listOf(item))), item.code).toEqual([])
        expect(canStrikeOff(usersById.get(update.authorId)!, before, earlier, barOf(listOf(item))), item.code).toEqual({
          ok: true,
        })
      })
      expect(strikes, item.code).toBe(1)
    }
  })

  it('dates nothing on or after today, nor before the campaign started', () => {
    const start = seed.campaign.startDate
    const inCampaign = (instant: string) => dateOf(instant) < today && dateOf(instant) >= start
    for (const item of seed.items) {
      expect(inCampaign(item.createdAt) && inCampaign(item.updatedAt), item.code).toBe(true)
      for (const update of updatesOf(item))
        expect(update.kind === 'created' ? update.at === item.createdAt : update.at > item.createdAt, update.id).toBe(
          true,
        )
    }
    for (const update of seed.updates) expect(inCampaign(update.at), update.id).toBe(true)
    for (const demand of seed.demands) {
      expect(inCampaign(demand.submittedAt) && inCampaign(demand.updatedAt), demand.id).toBe(true)
      expect(demand.updatedAt >= demand.submittedAt, demand.id).toBe(true)
    }
    const ats = seed.updates.map((update) => update.at)
    expect(ats).toEqual([...ats].sort())
  })

  it('lists items in the first weeks, except a few added lately and not yet started', () => {
    const late = seed.items.filter((item) => daysBetween(seed.campaign.startDate, dateOf(item.createdAt)) > 50)
    expect(late.length).toBeGreaterThan(0)
    expect(late.length).toBeLessThanOrEqual(15)
    expect(late.every((item) => item.status === 'planned')).toBe(true)
  })

  it('links demands and items both ways, in states the triage rules accept', () => {
    for (const item of seed.items) {
      for (const id of item.demandIds) expect(demandsById.get(id)?.itemId, `${item.code} ${id}`).toBe(item.id)
    }
    const exists = { item: (id: string) => itemsById.has(id), demand: (id: string) => demandsById.get(id) }
    for (const demand of seed.demands) {
      expect(applyDemandPatch(demand, {}, exists).ok, demand.id).toBe(true)
      if (demand.itemId !== null) {
        const item = itemsById.get(demand.itemId)!
        expect(item.demandIds, demand.id).toContain(demand.id)
        expect(demand.submittedAt < item.createdAt, demand.id).toBe(true)
        if (item.status === 'closed')
          expect([demand.status, demand.reply], demand.id).toEqual(['answered', item.completionNote])
        else expect(demand.status, demand.id).toBe('adopted')
      }
      if (demand.status === 'merged') expect(demand.itemId, demand.id).toBeNull()
      if (demand.status === 'new') expect([demand.reply, demand.itemId], demand.id).toEqual([null, null])
      if (demand.anonymous) expect([demand.submitterName, demand.submitterPhone], demand.id).toEqual([null, null])
    }
    expect(seed.demands.some((demand) => demand.anonymous)).toBe(true)
    expect(seed.demands.some((demand) => demand.submitterName !== null)).toBe(true)
  })

  it('uses unique ids, codes, receipts and 双百 titles', () => {
    const unique = (values: readonly string[]) => new Set(values).size === values.length
    expect(unique(seed.items.map((item) => item.id))).toBe(true)
    expect(unique(seed.items.map((item) => item.code))).toBe(true)
    expect(unique(seed.updates.map((update) => update.id))).toBe(true)
    expect(unique(seed.demands.map((demand) => demand.id))).toBe(true)
    expect(unique(seed.demands.map((demand) => demand.receipt))).toBe(true)
    expect(unique(seed.units.map((unit) => unit.id))).toBe(true)
    expect(unique(seed.users.map((user) => user.id))).toBe(true)
    expect(unique(seed.items.map((item) => item.title))).toBe(true)
    expect(seed.demands.every((demand) => /^BS-\d{11}$/.test(demand.receipt))).toBe(true)
    expect(seed.items.every((item) => /^(SS-\d{2}|NT-\d{2}|SB-\d{3})$/.test(item.code))).toBe(true)
  })

  it('writes every text out in full', () => {
    const texts = [
      ...seed.items.flatMap((item) => [
        item.title,
        item.content,
        item.beneficiaries,
        item.owner,
        item.completionNote ?? '',
      ]),
      ...seed.updates.map((update) => update.note),
      ...seed.demands.flatMap((demand) => [demand.text, demand.reply ?? '']),
    ]
    expect(texts.filter((text) => /[{}]|undefined|NaN/.test(text))).toEqual([])
    expect(seed.updates.every((update) => update.note.trim().length > 0)).toBe(true)
  })

  it('has fewer items done 30 days ago, and nothing before the start', () => {
    const done = (asOf: IsoDate) =>
      summarize(seed.campaign, seed.items, updatesByItem, seed.demands, asOf).lists.reduce(
        (sum, list) => sum + list.done,
        0,
      )
    expect(done(addDays(today, -30))).toBeLessThan(done(today))
    expect(done(addDays(today, -30))).toBeGreaterThan(0)
    const before = summarize(
      seed.campaign,
      seed.items,
      updatesByItem,
      seed.demands,
      addDays(seed.campaign.startDate, -1),
    )
    expect(before.lists.map((list) => list.total)).toEqual([0, 0, 0])
    expect(before.demands.total).toBe(0)
  })

  it('burns up smoothly week by week', () => {
    const weeks = trend(seed.campaign, seed.items, updatesByItem, 'double-hundred', today).weeks
    expect(weeks.at(-1)?.done).toBe(231)
    for (let i = 1; i < weeks.length; i++) {
      expect(weeks[i]!.done).toBeGreaterThanOrEqual(weeks[i - 1]!.done)
      expect(weeks[i]!.done - weeks[i - 1]!.done).toBeLessThanOrEqual(231 * 0.2)
    }
    expect(weeks.filter((week, i) => i > 0 && week.done > weeks[i - 1]!.done).length).toBeGreaterThanOrEqual(8)
  })

  it('shows mostly green lights, some yellow, a few red, and a handful overdue', () => {
    for (const listId of ['n', 'double-hundred']) {
      const { lights, overdue, inProgress, planned } = listStats(seed, updatesByItem, today, listId)
      const underWay = inProgress + planned
      expect(lights.green + lights.yellow + lights.red).toBe(underWay)
      expect(lights.green / underWay, listId).toBeGreaterThan(0.7)
      expect(lights.yellow, listId).toBeGreaterThan(0)
      expect(lights.red, listId).toBeGreaterThan(0)
      expect(lights.red / underWay, listId).toBeLessThan(0.1)
      expect(overdue, listId).toBeGreaterThan(0)
      expect(overdue, listId).toBeLessThanOrEqual(12)
    }
  })

  it('puts 3 to 6 items on the red list, answers most urges and leaves some past their reply-by date', () => {
    const states = seed.items.map((item) => deriveItem(item, updatesOf(item), today).urge)
    const redList = states.filter((state) => state.redList)
    expect(redList.length).toBeGreaterThanOrEqual(3)
    expect(redList.length).toBeLessThanOrEqual(6)
    const fewOpen = states.filter((state) => state.open > 0 && state.open < 3)
    expect(fewOpen.length).toBeGreaterThanOrEqual(5)
    expect(states.filter((state) => isReplyOverdue(state, today)).length).toBeGreaterThan(0)
    const urges = states.reduce((sum, state) => sum + state.count, 0)
    const open = states.reduce((sum, state) => sum + state.open, 0)
    expect(open).toBeLessThan(urges / 2)
    expect(seed.updates.some((update) => update.kind === 'inspection')).toBe(true)
    expect(seed.updates.filter((update) => update.kind === 'satisfaction').length).toBeGreaterThanOrEqual(150)
  })

  it('gives the same data for the same day, and the same figures on another day', () => {
    expect(JSON.stringify(createSeed({ today }))).toBe(JSON.stringify(seed))
    const laterDay = '2027-01-19'
    const later = createSeed({ today: laterDay })
    const laterByItem = groupUpdates(later.updates)
    const figures = (data: SeedData, byItem: Map<string, Update[]>, asOf: IsoDate) => {
      const { lists, demands } = summarize(data.campaign, data.items, byItem, data.demands, asOf)
      return { lists, demands }
    }
    expect(later.campaign.startDate).toBe(addDays(laterDay, -91))
    expect(figures(later, laterByItem, laterDay)).toEqual(figures(seed, updatesByItem, today))
    expect(later.items.map((item) => item.title)).toEqual(seed.items.map((item) => item.title))
  })
})

describe('createSeed (large)', () => {
  // Its speed is the benchmark's business (npm run bench), not a test's.
  it('builds 50,000 双百 items over many units', () => {
    const large = createSeed({ today, size: 'large' })
    const doubleHundred = large.items.filter((item) => item.listId === 'double-hundred')
    expect(doubleHundred).toHaveLength(50_000)
    expect(doubleHundred.filter((item) => item.key)).toHaveLength(100)
    const unitIds = new Set(large.units.map((unit) => unit.id))
    const itemUnits = new Set(doubleHundred.map((item) => item.unitId))
    expect(itemUnits.size).toBeGreaterThan(150)
    expect([...itemUnits].every((id) => unitIds.has(id))).toBe(true)
    const perItem = large.updates.length / large.items.length
    expect(perItem).toBeGreaterThanOrEqual(3)
    expect(perItem).toBeLessThanOrEqual(8)
    expect(large.demands.length).toBeGreaterThan(15_000)
    expect(new Set(large.demands.map((demand: Demand) => demand.receipt)).size).toBe(large.demands.length)
    expect(large.updates.every((update) => dateOf(update.at) < today)).toBe(true)
  }, 60_000)
})
