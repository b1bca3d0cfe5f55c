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

export type Counts = Omit<ListStats, 'listId'>

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
    extended: 0,
    lights: { red: 0, yellow: 0, green: 0 },
    surveyed: 0,
    satisfied: 0,
  }
}

/**
 * One item's contribution to a set of counts: the one counting rule of every statistic. `sign` -1 takes
 * back what +1 added, so the incremental tally (stats-tally.ts) and the full computation here agree.
 */
export function addToCounts(counts: Counts, item: Pick<ItemRecord, 'key'>, snap: ItemSnapshot, sign: 1 | -1 = 1): void {
  counts.total += sign
  if (snap.status === 'planned') counts.planned += sign
  if (snap.status === 'in_progress') counts.inProgress += sign
  const finished = isFinished(snap.status)
  if (finished) counts.done += sign
  if (snap.status === 'closed') counts.closed += sign
  if (item.key) {
    counts.keyTotal += sign
    if (finished) counts.keyDone += sign
  }
  if (snap.overdue) counts.overdue += sign
  if (snap.urge.redList) counts.redListed += sign
  if (snap.extended) counts.extended += sign
  if (snap.light !== 'none') counts.lights[snap.light] += sign
  counts.surveyed += sign * snap.surveyed
  counts.satisfied += sign * snap.satisfied
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

function eachSnapshot(
  records: Iterable<ItemRecord>,
  updatesByItem: UpdatesByItem,
  asOf: IsoDate,
  visit: (record: ItemRecord, snap: ItemSnapshot) => void,
) {
  for (const record of records) {
    const snap = snapshotAt(record, updatesByItem.get(record.id) ?? none, asOf)
    if (snap) visit(record, snap)
  }
}

export function emptyDemandStats(): DemandStats {
  const byStatus = Object.fromEntries(demandStatuses.map((s) => [s, 0])) as DemandStats['byStatus']
  const byChannel = Object.fromEntries(demandChannels.map((c) => [c, 0])) as DemandStats['byChannel']
  return { total: 0, byStatus, byChannel, linked: 0, linkedDone: 0, linkedClosed: 0 }
}

/**
 * One demand's contribution to the demand figures as of a date, given the status its item had then
 * (null: no item, or none yet). `sign` -1 takes back what +1 added.
 */
export function addDemandToStats(
  stats: DemandStats,
  demand: Demand,
  itemStatus: ItemSnapshot['status'] | null,
  asOf: IsoDate,
  sign: 1 | -1 = 1,
): void {
  if (dateOf(demand.submittedAt) > asOf) return
  stats.total += sign
  stats.byStatus[demand.status] += sign
  stats.byChannel[demand.channel] += sign
  // The funnel's stages, as the demand pool's `stage` filter reads them (demand-stage.ts).
  if (isInStage(demand, itemStatus, 'adopted')) stats.linked += sign
  if (isInStage(demand, itemStatus, 'done')) stats.linkedDone += sign
  if (isInStage(demand, itemStatus, 'closed')) stats.linkedClosed += sign
}

export function demandStats(
  demands: Iterable<Demand>,
  itemStatusOf: (itemId: string) => ItemSnapshot['status'] | null,
  asOf: IsoDate,
): DemandStats {
  const stats = emptyDemandStats()
  for (const demand of demands)
    addDemandToStats(stats, demand, demand.itemId === null ? null : itemStatusOf(demand.itemId), asOf)
  return stats
}

export function summarize(
  campaign: Campaign,
  records: Iterable<ItemRecord>,
  updatesByItem: UpdatesByItem,
  demands: Iterable<Demand>,
  asOf: IsoDate,
): Summary {
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
export function statsByUnit(
  records: Iterable<ItemRecord>,
  updatesByItem: UpdatesByItem,
  listId: string | null,
  asOf: IsoDate,
): UnitStats[] {
  const byUnit = new Map<string, Counts>()
  eachSnapshot(records, updatesByItem, asOf, (record, snap) => {
    if (listId !== null && record.listId !== listId) return
    let counts = byUnit.get(record.unitId)
    if (!counts) byUnit.set(record.unitId, (counts = emptyCounts()))
    addToCounts(counts, record, snap)
  })
  return groupsOf(byUnit, 'unitId')
}

/** Groups of counts as served: ordered by id, groups without items left out, copies of the counts. */
export function groupsOf<K extends 'unitId' | 'categoryId'>(
  groups: ReadonlyMap<string, Counts>,
  key: K,
): (Counts & Record<K, string>)[] {
  return [...groups.entries()]
    .filter(([, counts]) => counts.total > 0)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([id, counts]) => ({ [key]: id, ...counts, lights: { ...counts.lights } }) as Counts & Record<K, string>)
}

/** The weeks of the trend: Monday to Sunday, from the week of the campaign's start to the week of `asOf`. */
export type TrendWeeks = { first: IsoDate; starts: IsoDate[] }

export function trendWeeks(campaign: Pick<Campaign, 'startDate'>, asOf: IsoDate): TrendWeeks {
  const first = weekStart(campaign.startDate)
  const starts: IsoDate[] = []
  for (let start = first; start <= asOf; start = addDays(start, 7)) starts.push(start)
  return { first, starts }
}

/** The week a date falls in (0 for any date before the first week). */
function weekIndex(weeks: TrendWeeks, date: IsoDate): number {
  return Math.max(0, Math.floor((Date.parse(weekStart(date)) - Date.parse(weeks.first)) / (7 * 86_400_000)))
}

/**
 * What one item adds to the trend as of a date: the week it is due in (the last slot, one past the
 * weeks, when due later) and the weeks its status crossed into or out of done and struck off, as
 * `[week, done ±1 or 0, struck off ±1 or 0]` triples. Null when the item did not exist yet.
 */
export type TrendContribution = { planned: number; steps: number[] }

export function trendContribution(
  weeks: TrendWeeks,
  record: ItemRecord,
  updates: readonly Update[],
  asOf: IsoDate,
): TrendContribution | null {
  if (dateOf(record.createdAt) > asOf) return null
  const steps: number[] = []
  let wasDone = false
  let wasClosed = false
  for (const update of updates) {
    if (update.toStatus === undefined) continue
    const on = dateOf(update.at)
    if (on > asOf) break
    const isDone = isFinished(update.toStatus)
    const isClosed = update.toStatus === 'closed'
    if (isDone !== wasDone || isClosed !== wasClosed)
      steps.push(
        weekIndex(weeks, on),
        isDone === wasDone ? 0 : isDone ? 1 : -1,
        isClosed === wasClosed ? 0 : isClosed ? 1 : -1,
      )
    wasDone = isDone
    wasClosed = isClosed
  }
  return { planned: Math.min(weeks.starts.length, weekIndex(weeks, record.deadline)), steps }
}

/** Per week, how much done, struck off and planned change in it (one slot past the last week). */
export type TrendDeltas = { done: number[]; closed: number[]; planned: number[] }

export function emptyTrendDeltas(weeks: TrendWeeks): TrendDeltas {
  const slots = () => new Array<number>(weeks.starts.length + 1).fill(0)
  return { done: slots(), closed: slots(), planned: slots() }
}

/** Adds one item's contribution to the deltas; `sign` -1 takes it back. */
export function addToTrend(deltas: TrendDeltas, contribution: TrendContribution, sign: 1 | -1 = 1): void {
  deltas.planned[contribution.planned]! += sign
  const { steps } = contribution
  for (let i = 0; i < steps.length; i += 3) {
    deltas.done[steps[i]!]! += sign * steps[i + 1]!
    deltas.closed[steps[i]!]! += sign * steps[i + 2]!
  }
}

/** The cumulative trend from the per-week deltas. */
export function trendOf(weeks: TrendWeeks, deltas: TrendDeltas, listId: string | null, asOf: IsoDate): Trend {
  let done = 0
  let closed = 0
  let planned = 0
  const points: TrendPoint[] = weeks.starts.map((weekStart, i) => {
    done += deltas.done[i]!
    closed += deltas.closed[i]!
    planned += deltas.planned[i]!
    return { weekStart, done, closed, planned }
  })
  return { listId, asOf, weeks: points }
}

/**
 * Cumulative done and struck off by the end of each week (Monday to Sunday) from the campaign's start
 * to `asOf`, against the plan: the items due by the end of that week.
 */
export function trend(
  campaign: Campaign,
  records: Iterable<ItemRecord>,
  updatesByItem: UpdatesByItem,
  listId: string | null,
  asOf: IsoDate,
): Trend {
  const weeks = trendWeeks(campaign, asOf)
  const deltas = emptyTrendDeltas(weeks)
  for (const record of records) {
    if (listId !== null && record.listId !== listId) continue
    const contribution = trendContribution(weeks, record, updatesByItem.get(record.id) ?? none, asOf)
    if (contribution) addToTrend(deltas, contribution)
  }
  return trendOf(weeks, deltas, listId, asOf)
}

/** Per category of the list (or of all lists); categories without items are left out; ordered by category id. */
export function statsByCategory(
  records: Iterable<ItemRecord>,
  updatesByItem: UpdatesByItem,
  listId: string | null,
  asOf: IsoDate,
): (Counts & { categoryId: string })[] {
  const byCategory = new Map<string, Counts>()
  eachSnapshot(records, updatesByItem, asOf, (record, snap) => {
    if (listId !== null && record.listId !== listId) return
    let counts = byCategory.get(record.category)
    if (!counts) byCategory.set(record.category, (counts = emptyCounts()))
    addToCounts(counts, record, snap)
  })
  return groupsOf(byCategory, 'categoryId')
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
export function boardOf(
  records: Iterable<ItemRecord>,
  updatesByItem: UpdatesByItem,
  listId: string,
  asOf: IsoDate,
): BoardColumns {
  const rows: { record: ItemRecord; snap: ItemSnapshot }[] = []
  eachSnapshot(records, updatesByItem, asOf, (record, snap) => {
    if (record.listId === listId) rows.push({ record, snap })
  })
  rows.sort((a, b) =>
    a.record.unitId < b.record.unitId
      ? -1
      : a.record.unitId > b.record.unitId
        ? 1
        : a.record.code < b.record.code
          ? -1
          : a.record.code > b.record.code
            ? 1
            : 0,
  )
  const board: BoardColumns = {
    asOf,
    listId,
    units: [],
    id: [],
    code: [],
    title: [],
    unit: [],
    light: [],
    key: [],
    status: [],
  }
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
