import { addDays, instantOn, type IsoDate } from '@/domain/dates'
import { linkedDemand, unlinkedDemand } from '@/domain/demand-links'
import { answerOnStrikeOff } from '@/domain/demand-loop'
import type { ItemRecord } from '@/domain/history'
import type { Demand } from '@/domain/model/demand'
import { itemStatuses, type ItemStatus } from '@/domain/model/item'
import type { Update, UpdateDraft } from '@/domain/model/update'
import { boardOf, statsByCategory, statsByUnit, summarize, trend } from '@/domain/stats'
import {
  retallyDemand,
  retallyItem,
  tallyBoard,
  tallyCategories,
  tallyOf,
  tallySummary,
  tallyTrend,
  tallyUnits,
  type StatsTally,
} from '@/domain/stats-tally'
import { applyUpdate } from '@/domain/update-effects'
import { barOf } from '@/domain/satisfaction-bar'
import { createSeed, type SeedData } from '@/core/seed/create-seed'
import { seededRandom, type Random } from '@/core/seed/seeded-random'

// The incremental tally against the full computation: random write sequences on the seeded demo
// campaign (updates of every kind, edits that move items between lists, units and categories, new
// items, demands linked, unlinked, answered and filed), and after every write the tally's answers
// must equal summarize / statsByUnit / statsByCategory / trend / boardOf over the same rows.

const today: IsoDate = '2026-06-15'
const supervisor = { id: 'supervisor-1', name: '督办员', role: 'supervisor' as const }

/** The rows as a backend holds them, written the way the server's projection applies a commit. */
class Rows {
  readonly items = new Map<string, ItemRecord>()
  readonly updatesByItem = new Map<string, Update[]>()
  readonly demands = new Map<string, Demand>()
  constructor(
    readonly seed: SeedData,
    readonly tally: StatsTally,
  ) {}

  static of(seed: SeedData, asOf: IsoDate): Rows {
    const items = new Map(seed.items.map((item) => [item.id, item]))
    const updatesByItem = new Map<string, Update[]>()
    for (const update of seed.updates) {
      const list = updatesByItem.get(update.itemId)
      if (list) list.push(update)
      else updatesByItem.set(update.itemId, [update])
    }
    const demands = new Map(seed.demands.map((demand) => [demand.id, demand]))
    const rows = new Rows(seed, tallyOf(seed.campaign, items.values(), updatesByItem, demands.values(), asOf))
    for (const [id, item] of items) rows.items.set(id, item)
    for (const [id, list] of updatesByItem) rows.updatesByItem.set(id, list)
    for (const [id, demand] of demands) rows.demands.set(id, demand)
    return rows
  }

  write(changes: { items?: ItemRecord[]; updates?: Update[]; demands?: Demand[] }) {
    const ids = new Set<string>()
    for (const update of changes.updates ?? []) {
      const list = this.updatesByItem.get(update.itemId)
      if (list) list.push(update)
      else this.updatesByItem.set(update.itemId, [update])
      ids.add(update.itemId)
    }
    for (const item of changes.items ?? []) {
      this.items.set(item.id, item)
      ids.add(item.id)
    }
    for (const demand of changes.demands ?? []) this.demands.set(demand.id, demand)
    for (const id of ids) retallyItem(this.tally, id, this.items.get(id), this.updatesByItem.get(id) ?? [])
    for (const demand of changes.demands ?? []) retallyDemand(this.tally, demand)
  }

  remove(id: string) {
    this.items.delete(id)
    retallyItem(this.tally, id, undefined, [])
  }

  expectTallyToMatch(asOf: IsoDate = this.tally.asOf) {
    const { campaign } = this.seed
    expect(tallySummary(campaign, this.tally)).toEqual(
      summarize(campaign, this.items.values(), this.updatesByItem, this.demands.values(), asOf),
    )
    for (const listId of [null, ...campaign.lists.map((list) => list.id)]) {
      expect(tallyUnits(this.tally, listId)).toEqual(statsByUnit(this.items.values(), this.updatesByItem, listId, asOf))
      expect(tallyCategories(this.tally, listId)).toEqual(
        statsByCategory(this.items.values(), this.updatesByItem, listId, asOf),
      )
      expect(tallyTrend(this.tally, listId)).toEqual(
        trend(campaign, this.items.values(), this.updatesByItem, listId, asOf),
      )
    }
    for (const list of campaign.lists) {
      expect(tallyBoard(this.tally, list.id, this.items.values(), this.updatesByItem)).toEqual(
        boardOf(this.items.values(), this.updatesByItem, list.id, asOf),
      )
    }
  }
}

let serial = 0
const stamp = (random: Random, asOf: IsoDate) => ({
  id: `upd-test-${(serial += 1)}`,
  at: instantOn(asOf, random.int(8, 20), random.int(0, 59)),
})

function randomDraft(random: Random, record: ItemRecord): UpdateDraft {
  const note = '测试'
  switch (random.int(0, 6)) {
    case 0:
      return { kind: 'progress', progress: random.int(0, 100), note }
    case 1:
      return { kind: 'status', toStatus: random.pick(itemStatuses.filter((status) => status !== record.status)), note }
    case 2:
      return { kind: 'urge', replyBy: addDays(today, random.int(-3, 5)), note }
    case 3:
      return { kind: 'reply', note }
    case 4:
      return { kind: 'inspection', visitedOn: today, note }
    case 5:
      return { kind: 'instruction', note }
    default: {
      const surveyed = random.int(1, 30)
      return { kind: 'satisfaction', surveyed, satisfied: random.int(0, surveyed), method: 'survey', note }
    }
  }
}

/** What applying an update needs besides the draft: the list's bar and the item's trail so far. */
const effectsFor = (rows: Rows, record: ItemRecord) => ({
  bar: barOf(rows.seed.campaign.lists.find((list) => list.id === record.listId)),
  history: rows.updatesByItem.get(record.id) ?? [],
})

/** One random write, as a handler would make it, applied to the rows and the tally. */
function randomWrite(rows: Rows, random: Random, asOf: IsoDate) {
  const { campaign, units } = rows.seed
  const items = [...rows.items.values()]
  const record = random.pick(items)
  const at = instantOn(asOf, 12)
  const choice = random.int(0, 9)
  if (choice <= 3) {
    // An update of any kind; striking off answers the item's demands, as the server does.
    const posted = applyUpdate(
      record,
      randomDraft(random, record),
      supervisor,
      stamp(random, asOf),
      effectsFor(rows, record),
    )
    const answered =
      posted.record.status === 'closed'
        ? answerOnStrikeOff(
            [...rows.demands.values()].filter((d) => d.itemId === record.id),
            posted.record,
            at,
          )
        : []
    rows.write({
      items: [{ ...posted.record, version: record.version + 1 }],
      updates: [posted.update],
      demands: answered,
    })
  } else if (choice === 4) {
    // An edit: key, title, unit, category, list, code or deadline.
    const edited: ItemRecord = { ...record, version: record.version + 1 }
    const field = random.int(0, 6)
    if (field === 0) edited.key = !record.key
    if (field === 1) edited.title = `${record.title}（改）`
    if (field === 2) edited.unitId = random.pick(units).id
    if (field === 3) edited.category = random.pick(campaign.categories).id
    if (field === 4) edited.listId = random.pick(campaign.lists).id
    if (field === 5) edited.code = `${record.code}-X`
    if (field === 6) edited.deadline = addDays(record.deadline, random.int(-60, 60))
    rows.write({ items: [edited] })
  } else if (choice === 5) {
    // A new item, created today (or, for the earlier tally, on a later day that it must not count).
    const id = `item-test-${(serial += 1)}`
    rows.write({
      items: [
        {
          ...record,
          id,
          code: `T-${serial}`,
          status: 'planned' as ItemStatus,
          progress: 0,
          demandIds: [],
          createdAt: at,
          version: 1,
        },
      ],
    })
  } else if (choice === 6) {
    // A demand linked to an item (taken from another if it had one), or unlinked.
    const demand = random.pick([...rows.demands.values()])
    const next = random.chance(0.7)
      ? { ...linkedDemand(demand, record.id, at), status: random.pick(['adopted', 'answered'] as const) }
      : unlinkedDemand(demand, at)
    rows.write({ demands: [next] })
  } else if (choice === 7) {
    // A new demand, or one filed under another status.
    const demand = random.pick([...rows.demands.values()])
    if (random.chance(0.5))
      rows.write({
        demands: [{ ...demand, id: `dem-test-${(serial += 1)}`, submittedAt: at, itemId: null, status: 'new' }],
      })
    else
      rows.write({
        demands: [
          {
            ...demand,
            status: random.pick(['new', 'adopted', 'answered', 'rejected', 'merged'] as const),
            updatedAt: at,
          },
        ],
      })
  } else if (choice === 8) {
    // Several updates to one item in one commit (e.g. urges piling up to the red list).
    const updates: Update[] = []
    let current = record
    for (let n = random.int(2, 4); n > 0; n -= 1) {
      const posted = applyUpdate(
        current,
        random.chance(0.5) ? { kind: 'urge', replyBy: addDays(today, 2), note: '' } : randomDraft(random, current),
        supervisor,
        stamp(random, asOf),
        effectsFor(rows, current),
      )
      updates.push(posted.update)
      current = posted.record
    }
    rows.write({ items: [{ ...current, version: record.version + 1 }], updates })
  } else {
    rows.remove(record.id)
  }
}

describe('the statistics tally', () => {
  const seed = createSeed({ today })

  it('equals the full computation on the seeded campaign', () => {
    Rows.of(structuredClone(seed), today).expectTallyToMatch()
  })

  it.each([1, 2, 3])('equals the full computation after every write of a random sequence (run %i)', (run) => {
    const random = seededRandom(0x7a11 + run)
    const rows = Rows.of(structuredClone(seed), today)
    for (let n = 0; n < 120; n += 1) {
      randomWrite(rows, random, today)
      rows.expectTallyToMatch()
    }
    expect(rows.tally.items.size).toBeGreaterThan(0)
  })

  it('counts only what existed on its date: writes dated later leave an earlier tally as the full computation has it', () => {
    const random = seededRandom(0xda7e)
    const earlier = addDays(today, -20)
    const rows = Rows.of(structuredClone(seed), earlier)
    for (let n = 0; n < 60; n += 1) randomWrite(rows, random, today)
    rows.expectTallyToMatch(earlier)
  })

  it('takes back exactly what an item added: a status change moves it between counts and moves its demands along', () => {
    const rows = Rows.of(structuredClone(seed), today)
    const demand = [...rows.demands.values()].find(
      (d) => d.itemId !== null && (d.status === 'adopted' || d.status === 'answered'),
    )!
    const item = rows.items.get(demand.itemId!)!
    const before = tallySummary(rows.seed.campaign, rows.tally)
    const posted = applyUpdate(
      item,
      { kind: 'status', toStatus: 'closed', note: '销号' },
      supervisor,
      { id: 'upd-close', at: instantOn(today, 18) },
      effectsFor(rows, item),
    )
    rows.write({ items: [posted.record], updates: [posted.update] })
    const after = tallySummary(rows.seed.campaign, rows.tally)
    const listBefore = before.lists.find((l) => l.listId === item.listId)!
    const listAfter = after.lists.find((l) => l.listId === item.listId)!
    expect(listAfter.closed).toBe(listBefore.closed + (item.status === 'closed' ? 0 : 1))
    expect(listAfter.total).toBe(listBefore.total)
    expect(after.demands.linkedClosed).toBeGreaterThan(before.demands.linkedClosed)
    rows.expectTallyToMatch()
  })

  it('is a new tally on a new day: lights and overdue follow the date', () => {
    const rows = Rows.of(structuredClone(seed), today)
    const tomorrow = tallyOf(
      rows.seed.campaign,
      rows.items.values(),
      rows.updatesByItem,
      rows.demands.values(),
      addDays(today, 30),
    )
    expect(tallySummary(rows.seed.campaign, tomorrow)).toEqual(
      summarize(rows.seed.campaign, rows.items.values(), rows.updatesByItem, rows.demands.values(), addDays(today, 30)),
    )
    expect(tallySummary(rows.seed.campaign, tomorrow).lists).not.toEqual(
      tallySummary(rows.seed.campaign, rows.tally).lists,
    )
  })
})
