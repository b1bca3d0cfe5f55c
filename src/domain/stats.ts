import { addDays, dateOf, weekStart, type IsoDate } from './dates'
import { isInStage } from './demand-stage'
import { snapshotAt, type ItemRecord, type ItemSnapshot } from './history'
import type { Campaign } from './model/campaign'
import { demandChannels, demandStatuses, type Demand } from './model/demand'
import type { Update } from './model/update'
import type { DemandStats, ListStats, Summary, Trend, TrendPoint, UnitStats } from './model/stats'
import { isFinished } from './status'

// The statistics, as of a date, from items and their dated updates. Every backend serves these.

export type UpdatesByItem = ReadonlyMap<string, readonly Update[]>
const none: readonly Update[] = []

type Counts = Omit<ListStats, 'listId'>

export function emptyCounts(): Counts {
  return {
    total: 0,
    planned: 0,
    inProgress: 0,
    done: 0,
    closed: 0,
    keyTotal: 0,
    keyDone: 0,
    overdue: 0,
    redListed: 0,
    lights: { red: 0, yellow: 0, green: 0 },
    surveyed: 0,
    satisfied: 0,
  }
}

export function addToCounts(counts: Counts, item: Pick<ItemRecord, 'key'>, snap: ItemSnapshot): void {
  counts.total += 1
  if (snap.status === 'planned') counts.planned += 1
  if (snap.status === 'in_progress') counts.inProgress += 1
  const finished = isFinished(snap.status)
  if (finished) counts.done += 1
  if (snap.status === 'closed') counts.closed += 1
  if (item.key) {
    counts.keyTotal += 1
    if (finished) counts.keyDone += 1
  }
  if (snap.overdue) counts.overdue += 1
  if (snap.urge.redList) counts.redListed += 1
  if (snap.light !== 'none') counts.lights[snap.light] += 1
  counts.surveyed += snap.surveyed
  counts.satisfied += snap.satisfied
}

/** Share of listed items that are finished, 0–1; 0 for an empty set. */
export function completionRate(counts: Pick<Counts, 'total' | 'done'>): number {
  return counts.total === 0 ? 0 : counts.done / counts.total
}

/** Satisfied ÷ surveyed, 0–1, or null when nobody was surveyed. */
export function satisfactionRate(counts: Pick<Counts, 'surveyed' | 'satisfied'>): number | null {
  return counts.surveyed === 0 ? null : counts.satisfied / counts.surveyed
}

/** Struck off ÷ listed, 0–1. */
export function resolutionRate(counts: Pick<Counts, 'total' | 'closed'>): number {
  return counts.total === 0 ? 0 : counts.closed / counts.total
}

function eachSnapshot(records: Iterable<ItemRecord>, updatesByItem: UpdatesByItem, asOf: IsoDate, visit: (record: ItemRecord, snap: ItemSnapshot) => void) {
  for (const record of records) {
    const snap = snapshotAt(record, updatesByItem.get(record.id) ?? none, asOf)
    if (snap) visit(record, snap)
  }
}

export function demandStats(demands: Iterable<Demand>, itemStatusOf: (itemId: string) => ItemSnapshot['status'] | null, asOf: IsoDate): DemandStats {
  const byStatus = Object.fromEntries(demandStatuses.map((s) => [s, 0])) as DemandStats['byStatus']
  const byChannel = Object.fromEntries(demandChannels.map((c) => [c, 0])) as DemandStats['byChannel']
  const stats: DemandStats = { total: 0, byStatus, byChannel, linked: 0, linkedDone: 0, linkedClosed: 0 }
  for (const demand of demands) {
    if (dateOf(demand.submittedAt) > asOf) continue
    stats.total += 1
    byStatus[demand.status] += 1
    byChannel[demand.channel] += 1
    // The funnel's stages, as the demand pool's `stage` filter reads them (demand-stage.ts).
    const status = demand.itemId === null ? null : itemStatusOf(demand.itemId)
    if (isInStage(demand, status, 'adopted')) stats.linked += 1
    if (isInStage(demand, status, 'done')) stats.linkedDone += 1
    if (isInStage(demand, status, 'closed')) stats.linkedClosed += 1
  }
  return stats
}

export function summarize(campaign: Campaign, records: Iterable<ItemRecord>, updatesByItem: UpdatesByItem, demands: Iterable<Demand>, asOf: IsoDate): Summary {
  const byList = new Map(campaign.lists.map((list) => [list.id, emptyCounts()]))
  const statusById = new Map<string, ItemSnapshot['status']>()
  eachSnapshot(records, updatesByItem, asOf, (record, snap) => {
    statusById.set(record.id, snap.status)
    const counts = byList.get(record.listId)
    if (counts) addToCounts(counts, record, snap)
  })
  return {
    asOf,
    lists: campaign.lists.map((list) => ({ listId: list.id, ...(byList.get(list.id) ?? emptyCounts()) })),
    demands: demandStats(demands, (id) => statusById.get(id) ?? null, asOf),
  }
}

/** Per unit, for one list or all; units without items are left out; ordered by unit id. */
export function statsByUnit(records: Iterable<ItemRecord>, updatesByItem: UpdatesByItem, listId: string | null, asOf: IsoDate): UnitStats[] {
  const byUnit = new Map<string, Counts>()
  eachSnapshot(records, updatesByItem, asOf, (record, snap) => {
    if (listId !== null && record.listId !== listId) return
    let counts = byUnit.get(record.unitId)
    if (!counts) byUnit.set(record.unitId, (counts = emptyCounts()))
    addToCounts(counts, record, snap)
  })
  return [...byUnit.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([unitId, counts]) => ({ unitId, ...counts }))
}

/**
 * Cumulative done and struck off by the end of each week (Monday to Sunday) from the campaign's start
 * to `asOf`, against the plan: the items due by the end of that week.
 */
export function trend(campaign: Campaign, records: Iterable<ItemRecord>, updatesByItem: UpdatesByItem, listId: string | null, asOf: IsoDate): Trend {
  const first = weekStart(campaign.startDate)
  const weeks: TrendPoint[] = []
  for (let start = first; start <= asOf; start = addDays(start, 7)) weeks.push({ weekStart: start, done: 0, closed: 0, planned: 0 })
  const index = (date: IsoDate) => Math.max(0, Math.floor((Date.parse(weekStart(date)) - Date.parse(first)) / (7 * 86_400_000)))
  const doneDelta = new Array<number>(weeks.length + 1).fill(0)
  const closedDelta = new Array<number>(weeks.length + 1).fill(0)
  const plannedDelta = new Array<number>(weeks.length + 1).fill(0)

  for (const record of records) {
    if (listId !== null && record.listId !== listId) continue
    if (dateOf(record.createdAt) > asOf) continue
    plannedDelta[Math.min(weeks.length, index(record.deadline))]! += 1
    let wasDone = false
    let wasClosed = false
    for (const update of updatesByItem.get(record.id) ?? none) {
      if (update.toStatus === undefined) continue
      const on = dateOf(update.at)
      if (on > asOf) break
      const slot = index(on)
      const isDone = isFinished(update.toStatus)
      const isClosed = update.toStatus === 'closed'
      if (isDone !== wasDone) doneDelta[slot]! += isDone ? 1 : -1
      if (isClosed !== wasClosed) closedDelta[slot]! += isClosed ? 1 : -1
      wasDone = isDone
      wasClosed = isClosed
    }
  }
  let done = 0
  let closed = 0
  let planned = 0
  weeks.forEach((week, i) => {
    done += doneDelta[i]!
    closed += closedDelta[i]!
    planned += plannedDelta[i]!
    week.done = done
    week.closed = closed
    week.planned = planned
  })
  return { listId, asOf, weeks }
}

/** Per category of the list (or of all lists); categories without items are left out; ordered by category id. */
export function statsByCategory(records: Iterable<ItemRecord>, updatesByItem: UpdatesByItem, listId: string | null, asOf: IsoDate): (Counts & { categoryId: string })[] {
  const byCategory = new Map<string, Counts>()
  eachSnapshot(records, updatesByItem, asOf, (record, snap) => {
    if (listId !== null && record.listId !== listId) return
    let counts = byCategory.get(record.category)
    if (!counts) byCategory.set(record.category, (counts = emptyCounts()))
    addToCounts(counts, record, snap)
  })
  return [...byCategory.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([categoryId, counts]) => ({ categoryId, ...counts }))
}

/** Above this share of open items on red, a set of items is red as a whole. */
export const healthRule = { redShare: 0.1, yellowShare: 0.25 } as const

/**
 * The light of a whole set of items (a list, a unit) for the wall: red when more than 10% of the open
 * items are red or any item is overdue, yellow when more than 25% are red or yellow, green otherwise;
 * `none` when nothing is open (all finished, or no items).
 */
export function healthOf(counts: Pick<Counts, 'lights' | 'overdue'>): 'red' | 'yellow' | 'green' | 'none' {
  const { red, yellow, green } = counts.lights
  const open = red + yellow + green
  if (open === 0) return 'none'
  if (counts.overdue > 0 || red / open > healthRule.redShare) return 'red'
  if ((red + yellow) / open > healthRule.yellowShare) return 'yellow'
  return 'green'
}

/** One list's items in columns (the chip board): parallel arrays, one entry per item, by unit then code. */
export type BoardColumns = {
  asOf: IsoDate
  listId: string
  /** Unit ids; `unit[i]` indexes into this. */
  units: string[]
  id: string[]
  code: string[]
  title: string[]
  unit: number[]
  light: ItemSnapshot['light'][]
  key: boolean[]
  status: ItemSnapshot['status'][]
}

/** The board of a list as of a date: every item that existed then, with its replayed status and light. */
export function boardOf(records: Iterable<ItemRecord>, updatesByItem: UpdatesByItem, listId: string, asOf: IsoDate): BoardColumns {
  const rows: { record: ItemRecord; snap: ItemSnapshot }[] = []
  eachSnapshot(records, updatesByItem, asOf, (record, snap) => {
    if (record.listId === listId) rows.push({ record, snap })
  })
  rows.sort((a, b) => (a.record.unitId < b.record.unitId ? -1 : a.record.unitId > b.record.unitId ? 1 : a.record.code < b.record.code ? -1 : a.record.code > b.record.code ? 1 : 0))
  const board: BoardColumns = { asOf, listId, units: [], id: [], code: [], title: [], unit: [], light: [], key: [], status: [] }
  const unitIndex = new Map<string, number>()
  for (const { record, snap } of rows) {
    let index = unitIndex.get(record.unitId)
    if (index === undefined) {
      index = board.units.length
      unitIndex.set(record.unitId, index)
      board.units.push(record.unitId)
    }
    board.id.push(record.id)
    board.code.push(record.code)
    board.title.push(record.title)
    board.unit.push(index)
    board.light.push(snap.light)
    board.key.push(record.key)
    board.status.push(snap.status)
  }
  return board
}
