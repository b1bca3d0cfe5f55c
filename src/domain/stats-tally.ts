import type { IsoDate } from './dates'
import { snapshotAt, type ItemRecord, type ItemSnapshot } from './history'
import type { Campaign } from './model/campaign'
import type { Demand } from './model/demand'
import type { ItemStatus } from './model/item'
import type { DemandStats, Summary, Trend, UnitStats } from './model/stats'
import type { Update } from './model/update'
import {
  addDemandToStats,
  addToCounts,
  addToTrend,
  boardOf,
  emptyCounts,
  emptyDemandStats,
  emptyTrendDeltas,
  groupsOf,
  trendContribution,
  trendOf,
  trendWeeks,
  type BoardColumns,
  type Counts,
  type TrendContribution,
  type TrendDeltas,
  type TrendWeeks,
  type UpdatesByItem,
} from './stats'

// The statistics of one date kept up to date write by write. A backend holds one tally for today:
// a write re-tallies the items and demands it touched (take back what the item added before, add what
// it adds now) instead of replaying every item. The counting rules are stats.ts's own `addToCounts`,
// `addDemandToStats` and `trendContribution`, the ones the full computation runs, so a tally always
// equals `summarize`, `statsByUnit`, `statsByCategory`, `trend` and `boardOf` over the same rows
// (tests/domain/stats-tally.test.ts).
// Each item's figures depend only on its own record and updates and on the date, so a write changes no
// other item's figures (urges and the red list are per item too); a demand's depend on its item's status.
// A tally holds for its date only: on another day every light and overdue may differ, so the caller
// builds a new one (`tallyOf`) when the day changes.

/** A list id, or null for all lists. */
type Scope = string | null

type ItemEntry = { record: ItemRecord; snap: ItemSnapshot; trend: TrendContribution }
type DemandEntry = { demand: Demand; itemStatus: ItemStatus | null }

export type StatsTally = {
  readonly asOf: IsoDate
  /** Per list id (summary). */
  readonly lists: Map<string, Counts>
  /** Per scope, per unit id (units). */
  readonly units: Map<Scope, Map<string, Counts>>
  /** Per scope, per category id (categories). */
  readonly categories: Map<Scope, Map<string, Counts>>
  readonly demands: DemandStats
  readonly weeks: TrendWeeks
  /** Per scope, the trend's weekly changes. */
  readonly trends: Map<Scope, TrendDeltas>
  /** What each item existing on `asOf` added, so that exactly that is taken back on its next change. */
  readonly items: Map<string, ItemEntry>
  /** The same for demands, with the item status they were counted with. */
  readonly demandEntries: Map<string, DemandEntry>
  /** Demand ids by the item they were counted against: an item's new status re-counts them. */
  readonly demandsByItem: Map<string, Set<string>>
  /** Chip boards per list, built on first request (`tallyBoard`) and patched in place after that. */
  readonly boards: Map<string, BoardColumns>
}

/** Every item and demand counted as of `asOf`: the full computation, once per day. */
export function tallyOf(
  campaign: Pick<Campaign, 'startDate'>,
  records: Iterable<ItemRecord>,
  updatesByItem: UpdatesByItem,
  demands: Iterable<Demand>,
  asOf: IsoDate,
): StatsTally {
  const tally: StatsTally = {
    asOf,
    lists: new Map(),
    units: new Map(),
    categories: new Map(),
    demands: emptyDemandStats(),
    weeks: trendWeeks(campaign, asOf),
    trends: new Map(),
    items: new Map(),
    demandEntries: new Map(),
    demandsByItem: new Map(),
    boards: new Map(),
  }
  for (const record of records) retallyItem(tally, record.id, record, updatesByItem.get(record.id) ?? [])
  for (const demand of demands) retallyDemand(tally, demand)
  return tally
}

function countsIn<K>(groups: Map<K, Counts>, key: K): Counts {
  let counts = groups.get(key)
  if (!counts) groups.set(key, (counts = emptyCounts()))
  return counts
}

function groupIn(scopes: Map<Scope, Map<string, Counts>>, scope: Scope, id: string): Counts {
  let groups = scopes.get(scope)
  if (!groups) scopes.set(scope, (groups = new Map()))
  return countsIn(groups, id)
}

function countItem(tally: StatsTally, { record, snap, trend }: ItemEntry, sign: 1 | -1) {
  addToCounts(countsIn(tally.lists, record.listId), record, snap, sign)
  for (const scope of [null, record.listId]) {
    addToCounts(groupIn(tally.units, scope, record.unitId), record, snap, sign)
    addToCounts(groupIn(tally.categories, scope, record.category), record, snap, sign)
    let deltas = tally.trends.get(scope)
    if (!deltas) tally.trends.set(scope, (deltas = emptyTrendDeltas(tally.weeks)))
    addToTrend(deltas, trend, sign)
  }
}

function countDemand(tally: StatsTally, entry: DemandEntry, sign: 1 | -1) {
  addDemandToStats(tally.demands, entry.demand, entry.itemStatus, tally.asOf, sign)
}

/**
 * Counts an item again after a write: `record` and `updates` as they are now (the record undefined
 * when the item is gone). Its demands are counted again when its status changed.
 */
export function retallyItem(
  tally: StatsTally,
  id: string,
  record: ItemRecord | undefined,
  updates: readonly Update[],
): void {
  const before = tally.items.get(id)
  const snap = record ? snapshotAt(record, updates, tally.asOf) : null
  const trend = record ? trendContribution(tally.weeks, record, updates, tally.asOf) : null
  const after = record && snap && trend ? { record, snap, trend } : undefined
  if (before) countItem(tally, before, -1)
  if (after) {
    countItem(tally, after, 1)
    tally.items.set(id, after)
  } else tally.items.delete(id)
  patchBoards(tally, before, after)
  if (before?.snap.status === after?.snap.status) return
  for (const demandId of [...(tally.demandsByItem.get(id) ?? [])])
    retallyDemand(tally, tally.demandEntries.get(demandId)!.demand)
}

/** Counts a demand again after a write, against its item's status in the tally. */
export function retallyDemand(tally: StatsTally, demand: Demand): void {
  const before = tally.demandEntries.get(demand.id)
  if (before) {
    countDemand(tally, before, -1)
    if (before.demand.itemId !== null) tally.demandsByItem.get(before.demand.itemId)?.delete(demand.id)
  }
  const entry: DemandEntry = {
    demand,
    itemStatus: demand.itemId === null ? null : (tally.items.get(demand.itemId)?.snap.status ?? null),
  }
  countDemand(tally, entry, 1)
  tally.demandEntries.set(demand.id, entry)
  if (demand.itemId !== null) {
    let ids = tally.demandsByItem.get(demand.itemId)
    if (!ids) tally.demandsByItem.set(demand.itemId, (ids = new Set()))
    ids.add(demand.id)
  }
}

/** The summary as `summarize` answers it, from the tally. */
export function tallySummary(campaign: Campaign, tally: StatsTally): Summary {
  return {
    asOf: tally.asOf,
    lists: campaign.lists.map((list) => {
      const counts = tally.lists.get(list.id) ?? emptyCounts()
      return { listId: list.id, ...counts, lights: { ...counts.lights } }
    }),
    demands: structuredClone(tally.demands),
  }
}

/** Per unit, as `statsByUnit` answers it. */
export function tallyUnits(tally: StatsTally, listId: string | null): UnitStats[] {
  return groupsOf(tally.units.get(listId) ?? new Map<string, Counts>(), 'unitId')
}

/** Per category, as `statsByCategory` answers it. */
export function tallyCategories(tally: StatsTally, listId: string | null): (Counts & { categoryId: string })[] {
  return groupsOf(tally.categories.get(listId) ?? new Map<string, Counts>(), 'categoryId')
}

/** The weekly trend, as `trend` answers it. */
export function tallyTrend(tally: StatsTally, listId: string | null): Trend {
  return trendOf(tally.weeks, tally.trends.get(listId) ?? emptyTrendDeltas(tally.weeks), listId, tally.asOf)
}

/** A list's board, as `boardOf` answers it: built once from the rows, then kept by `retallyItem`. A copy. */
export function tallyBoard(
  tally: StatsTally,
  listId: string,
  records: Iterable<ItemRecord>,
  updatesByItem: UpdatesByItem,
): BoardColumns {
  let board = tally.boards.get(listId)
  if (!board) tally.boards.set(listId, (board = boardOf(records, updatesByItem, listId, tally.asOf)))
  return {
    ...board,
    units: [...board.units],
    id: [...board.id],
    code: [...board.code],
    title: [...board.title],
    unit: [...board.unit],
    light: [...board.light],
    key: [...board.key],
    status: [...board.status],
  }
}

/**
 * A board is ordered by unit and code: a write that keeps both (and the list) changes the item's cells
 * in place; any other (a new item, a move) drops the boards concerned, to be built again when asked.
 */
function patchBoards(tally: StatsTally, before: ItemEntry | undefined, after: ItemEntry | undefined) {
  if (tally.boards.size === 0) return
  const stays =
    before &&
    after &&
    before.record.listId === after.record.listId &&
    before.record.unitId === after.record.unitId &&
    before.record.code === after.record.code
  const board = stays ? tally.boards.get(after.record.listId) : undefined
  const index = board ? board.id.indexOf(after!.record.id) : -1
  if (board && index >= 0) {
    board.title[index] = after!.record.title
    board.key[index] = after!.record.key
    board.light[index] = after!.snap.light
    board.status[index] = after!.snap.status
    return
  }
  if (before) tally.boards.delete(before.record.listId)
  if (after) tally.boards.delete(after.record.listId)
}
