import type { IsoDate } from '@/domain/dates'
import type { ItemRecord } from '@/domain/history'
import { itemViewToday } from '@/domain/item-as-of'
import { compareItems, itemSearchText, searchNeedle, sortItems, type ItemView } from '@/domain/item-query'
import type { Campaign } from '@/domain/model/campaign'
import type { Demand } from '@/domain/model/demand'
import type { Item } from '@/domain/model/item'
import type { ItemQuery } from '@/domain/model/item-query'
import type { Unit } from '@/domain/model/unit'
import type { Update } from '@/domain/model/update'
import { retallyDemand, retallyItem, tallyOf, type StatsTally } from '@/domain/stats-tally'
import type { User } from '@/domain/model/user'
import { SearchIndex } from './search-index'

/** What one committed write changed, as committed. */
export type Changes = {
  items?: ItemRecord[]
  updates?: Update[]
  demands?: Demand[]
  campaign?: Campaign
  /** The whole org tree, when a write changed it (rare: every view is derived again). */
  units?: Unit[]
}

const none: readonly Update[] = []

export type ReadModelData = {
  campaign: Campaign
  units: Unit[]
  users: User[]
  items: ItemRecord[]
  updates: Update[]
  demands: Demand[]
}

/**
 * The read side of both backends: every row of the campaign in memory, kept in step with each committed
 * write (the server's PostgreSQL, or the mock's own transactions). Reads are answered from here with the
 * domain's functions; derived answers (item views, statistics) are cached and dropped per write, so a
 * 50,000-item campaign is computed once per change, not once per request. Writes check versions and
 * permissions against the store's locked rows (store.ts), never against this copy.
 */
export class ReadModel {
  campaign!: Campaign
  units: Unit[] = []
  users: User[] = []
  readonly items = new Map<string, ItemRecord>()
  readonly updatesByItem = new Map<string, Update[]>()
  readonly demands = new Map<string, Demand>()
  private readonly views = new Map<string, ItemView>()
  private unitNames = new Map<string, string>()
  private viewsDay: IsoDate | null = null
  private readonly memo = new Map<string, unknown>()
  private memoDay: IsoDate | null = null
  private tally: StatsTally | null = null
  /** Today's item views in each order asked for (by sort), patched on write rather than sorted again. */
  private readonly sorted = new Map<string, KeptOrder>()
  private sortedDay: IsoDate | null = null
  /** Items written since the sorted views were last patched. */
  private readonly unsorted = new Set<string>()
  /** Item id → slot, the number the index knows it by (in the order items were first held). */
  private readonly slots = new Map<string, number>()
  /** Today's search texts (search-index.ts) and statuses by slot, for narrowing a query before the matcher. */
  private search = new SearchIndex()
  private statusCodes = new Uint8Array(0)
  private readonly statusCode = new Map<string, number>()
  /** Items written since the index was last brought up to date; null: every item (after a fill, a new day). */
  private unindexed: Set<string> | null = null
  private indexDay: IsoDate | null = null
  /** Bumped on every applied change. */
  revision = 0
  /**
   * The last committed write (change-log sequence number) this copy has applied in order: on the server
   * the follower (server/cluster/follower.ts) advances it, in the mock every commit. Sent as `x-seq`.
   */
  seq = 0
  private readonly listeners: ((changes: Changes) => void)[] = []

  /** Called with every committed write (the mock keeps the browser's copy with it). */
  onChange(listener: (changes: Changes) => void): void {
    this.listeners.push(listener)
  }

  /** Replaces everything with the given rows (updates oldest first), e.g. the seed just written. */
  fill(data: ReadModelData): void {
    this.campaign = data.campaign
    this.units = data.units
    this.users = data.users
    this.unitNames = new Map(this.units.map((unit) => [unit.id, unit.name]))
    this.items.clear()
    this.updatesByItem.clear()
    this.demands.clear()
    // The seed's order: list by list as the campaign names them, then by code.
    const listOrder = new Map(this.campaign.lists.map((list, index) => [list.id, index]))
    const records = [...data.items].sort(
      (a, b) => (listOrder.get(a.listId) ?? 99) - (listOrder.get(b.listId) ?? 99) || a.code.localeCompare(b.code),
    )
    for (const item of records) this.items.set(item.id, item)
    this.slots.clear()
    for (const item of records) this.slotOf(item.id)
    this.search = new SearchIndex()
    this.statusCodes = new Uint8Array(records.length)
    this.unindexed = null
    for (const update of data.updates) this.appendUpdate(update)
    for (const demand of data.demands) this.demands.set(demand.id, demand)
    this.tally = null
    this.views.clear()
    this.sorted.clear()
    this.unsorted.clear()
    this.invalidate()
  }

  /** Drops the derived answers, and the view of the item written to (if any). */
  private invalidate(itemId?: string) {
    this.revision += 1
    this.memo.clear()
    if (itemId !== undefined) {
      this.views.delete(itemId)
      this.unsorted.add(itemId)
      this.unindexed?.add(itemId)
    }
  }

  /** Kept oldest first, as the database orders them: another instance's entry may arrive after a later one. */
  private appendUpdate(update: Update) {
    const list = this.updatesByItem.get(update.itemId)
    if (!list) this.updatesByItem.set(update.itemId, [update])
    else if (!list.some((u) => u.id === update.id)) {
      let at = list.length
      while (at > 0 && list[at - 1]!.at > update.at) at -= 1
      list.splice(at, 0, update)
    }
  }

  /**
   * Applies a committed write. A record older than the one held (two writes settling out of order) is
   * ignored. Today's statistics are re-counted for the items and demands the write touched only.
   */
  apply(changes: Changes): void {
    for (const listener of this.listeners) listener(changes)
    if (changes.campaign) {
      this.campaign = changes.campaign
      this.invalidate()
    }
    if (changes.units) this.replaceUnits(changes.units)
    const itemIds = new Set<string>()
    for (const update of changes.updates ?? []) {
      this.appendUpdate(update)
      this.invalidate(update.itemId)
      itemIds.add(update.itemId)
    }
    for (const record of changes.items ?? []) {
      itemIds.add(record.id)
      const held = this.items.get(record.id)
      if (
        held &&
        (held.version > record.version || (held.version === record.version && held.updatedAt > record.updatedAt))
      )
        continue
      this.items.set(record.id, record)
      this.invalidate(record.id)
    }
    for (const demand of changes.demands ?? []) {
      const held = this.demands.get(demand.id)
      if (held && held.updatedAt > demand.updatedAt) continue
      this.demands.set(demand.id, demand)
      // An item's view is its record and updates: a demand changes none (at 50,000 items, dropping them
      // all cost seconds of replay on the next ledger or wall request after any triage).
      this.invalidate()
    }
    const tally = this.tally
    if (!tally) return
    for (const id of itemIds) retallyItem(tally, id, this.items.get(id), this.updatesOf(id))
    for (const demand of changes.demands ?? []) retallyDemand(tally, this.demands.get(demand.id)!)
  }

  /** A unit's name is in every view and search text of its items: all are derived again. */
  private replaceUnits(units: Unit[]) {
    this.units = units
    this.unitNames = new Map(units.map((unit) => [unit.id, unit.name]))
    this.views.clear()
    this.sorted.clear()
    this.unsorted.clear()
    this.unindexed = null
    this.invalidate()
  }

  unitName = (id: string): string => this.unitNames.get(id) ?? id

  user(id: string): User | undefined {
    return this.users.find((user) => user.id === id)
  }

  updatesOf(itemId: string): readonly Update[] {
    return this.updatesByItem.get(itemId) ?? none
  }

  /** The item as served today, cached per day and dropped on every write to it. */
  view(id: string, today: IsoDate): ItemView | undefined {
    if (this.viewsDay !== today) {
      this.views.clear()
      this.viewsDay = today
    }
    const cached = this.views.get(id)
    if (cached) return cached
    const record = this.items.get(id)
    if (!record) return undefined
    const view = itemViewToday(record, this.updatesOf(id), today)
    this.views.set(id, view)
    return view
  }

  item(id: string, today: IsoDate): Item | undefined {
    const view = this.view(id, today)
    if (!view) return undefined
    const { overdue: _overdue, ...item } = view
    return item
  }

  allViews(today: IsoDate): ItemView[] {
    const views: ItemView[] = []
    for (const id of this.items.keys()) views.push(this.view(id, today)!)
    return views
  }

  /**
   * Today's items in `sort` order (sortItems). Sorted once per order and day; a write then moves only the
   * items it touched (taken out at the place the order holds for them, put back where the same comparison
   * places them), so with writers at work a ledger page over 50,000 items costs a filter and a slice, not a
   * sort, and no pass over every item either. Do not modify the array.
   */
  sortedViews(sort: string | undefined, today: IsoDate): readonly ItemView[] {
    return this.kept(sort ?? '', today).views
  }

  private kept(key: string, today: IsoDate): KeptOrder {
    if (this.sortedDay !== today) {
      this.sorted.clear()
      this.unsorted.clear()
      this.sortedDay = today
    }
    if (this.unsorted.size > 0) this.patchSorted(today)
    let held = this.sorted.get(key)
    if (!held) {
      const views = sortItems(this.allViews(today), key || undefined)
      const slots = views.map((view) => this.slotOf(view.id))
      held = { views, slots, position: positionsOf(slots, this.slots.size), byStatus: null }
      this.sorted.set(key, held)
    }
    return held
  }

  /**
   * Today's items in `query.sort` order narrowed by the query's free text (the index, each candidate
   * checked with the domain's rule) and status (kept per-status lists, or status codes by slot): typed
   * arrays and slots, no item read. `matched` when the query asks for nothing else, so these are exactly
   * its matches; otherwise `queryItems(…, { presorted: true })` checks them with the domain's matcher.
   * Either way the answer is the one a scan of every item gives (tests/server/query-candidates.test.ts).
   */
  queryCandidates(query: ItemQuery, today: IsoDate): { views: readonly ItemView[]; matched: boolean } {
    const held = this.kept(query.sort ?? '', today)
    const sorted = held.views
    const needle = query.q ? searchNeedle(query.q) : undefined
    if (needle === null) return { views: [], matched: true }
    this.syncIndex(today)
    // The items whose text holds the needle (checked by the domain's rule), or null: no text asked for.
    const found = needle === undefined ? null : this.search.matching(needle)
    const status = query.status
    // Text and status are answered exactly below; with no other filter, the views are the matches.
    const matched = Object.entries(query).every(([name, value]) => value === undefined || answered.has(name))
    if (!found) {
      if (!status) return { views: sorted, matched }
      // One status (the ledger's choice filter): its own list, kept in this order.
      if (status.length === 1) return { views: statusLists(held).get(status[0]!) ?? [], matched }
    }
    let statusOk: Uint8Array | null = null
    if (status) {
      statusOk = new Uint8Array(256)
      for (const name of status) {
        const code = this.statusCode.get(name)
        if (code !== undefined) statusOk[code] = 1
      }
    }
    const codes = this.statusCodes
    const { slots: order, position } = held
    const candidates: ItemView[] = []
    if (found && found.length * 16 < order.length) {
      // Few: put them in order by their positions rather than walking every position.
      let kept = 0
      const at = new Int32Array(found.length)
      for (const slot of found) if (statusOk === null || statusOk[codes[slot]!] === 1) at[kept++] = position[slot]!
      for (const p of at.subarray(0, kept).sort()) candidates.push(sorted[p]!)
      return { views: candidates, matched }
    }
    let textOk: Uint8Array | null = null
    if (found) {
      textOk = new Uint8Array(this.slots.size)
      for (const slot of found) textOk[slot] = 1
    }
    for (let p = 0; p < order.length; p += 1) {
      const slot = order[p]!
      if ((textOk === null || textOk[slot] === 1) && (statusOk === null || statusOk[codes[slot]!] === 1))
        candidates.push(sorted[p]!)
    }
    return { views: candidates, matched }
  }

  /** Brings the index up to date with the items written since it was last used (all of them once a day). */
  syncIndex(today: IsoDate): void {
    if (this.indexDay !== today) {
      this.unindexed = null
      this.indexDay = today
    }
    for (const id of this.unindexed ?? this.items.keys()) {
      const view = this.view(id, today)
      if (!view) continue
      const slot = this.slotOf(id)
      this.search.set(slot, itemSearchText(view, this.unitName))
      if (slot >= this.statusCodes.length) {
        const grown = new Uint8Array(Math.max(1024, (slot + 1) * 2))
        grown.set(this.statusCodes)
        this.statusCodes = grown
      }
      let code = this.statusCode.get(view.status)
      if (code === undefined) this.statusCode.set(view.status, (code = this.statusCode.size))
      this.statusCodes[slot] = code
    }
    if (this.unindexed) this.unindexed.clear()
    else this.unindexed = new Set()
  }

  /** Postings held by the free-text index (start-up log). */
  get indexEntries(): number {
    return this.search.entries
  }

  private slotOf(id: string): number {
    let slot = this.slots.get(id)
    if (slot === undefined) this.slots.set(id, (slot = this.slots.size))
    return slot
  }

  /** Moves the items written since the last patch to their new places in every kept order. */
  private patchSorted(today: IsoDate) {
    const written = [...this.unsorted].map((id) => ({ slot: this.slotOf(id), view: this.view(id, today) }))
    this.unsorted.clear()
    for (const [key, held] of this.sorted) {
      const compare = compareItems(key || undefined)
      // Out, from their old places (an item new since the order was built has none): the last place
      // first, so that the places before it still hold.
      const places = written.map(({ slot }) => held.position[slot] ?? -1).filter((place) => place >= 0)
      for (const place of places.sort((a, b) => b - a)) {
        const old = held.views[place]!
        held.views.splice(place, 1)
        held.slots.splice(place, 1)
        const list = held.byStatus?.get(old.status)
        const at = list ? list.indexOf(old) : -1
        if (at >= 0) list!.splice(at, 1)
      }
      // In, where the order's comparison places them now.
      for (const { slot, view } of written) {
        if (!view) continue
        const at = placeOf(held.views, view, compare)
        held.views.splice(at, 0, view)
        held.slots.splice(at, 0, slot)
        if (!held.byStatus) continue
        const list = held.byStatus.get(view.status)
        if (list) list.splice(placeOf(list, view, compare), 0, view)
        else held.byStatus.set(view.status, [view])
      }
      held.position = positionsOf(held.slots, this.slots.size, held.position)
    }
  }

  /**
   * Today's statistics, kept up to date by every write (stats-tally.ts): counted in full once a day
   * (and after a reload), then re-counted per write for what it touched.
   */
  statsToday(today: IsoDate): StatsTally {
    if (this.tally?.asOf !== today)
      this.tally = tallyOf(this.campaign, this.items.values(), this.updatesByItem, this.demands.values(), today)
    return this.tally
  }

  /** A derived answer computed once per revision and day (statistics, the wall). */
  cached<T>(key: string, today: IsoDate, compute: () => T): T {
    if (this.memoDay !== today) {
      this.memo.clear()
      this.memoDay = today
    }
    if (this.memo.has(key)) return this.memo.get(key) as T
    const value = compute()
    this.memo.set(key, value)
    return value
  }
}

/** The query's fields `queryCandidates` answers exactly: a query of these alone needs no matcher. */
const answered: ReadonlySet<string> = new Set(['q', 'status', 'sort', 'page', 'pageSize'])

/**
 * One kept order: today's views in it, the slot of the item at each place, the place of each slot (-1: not
 * held), and (built on first use) the views of each status in the same order.
 */
type KeptOrder = { views: ItemView[]; slots: number[]; position: Int32Array; byStatus: Map<string, ItemView[]> | null }

/** The place of each of `size` slots in `slots` (-1: not there), written into `reuse` when it is large enough. */
function positionsOf(slots: readonly number[], size: number, reuse?: Int32Array): Int32Array {
  const position = reuse && reuse.length >= size ? reuse.fill(-1) : new Int32Array(size).fill(-1)
  for (let place = 0; place < slots.length; place += 1) position[slots[place]!] = place
  return position
}

function statusLists(held: KeptOrder): Map<string, ItemView[]> {
  if (!held.byStatus) {
    const lists = new Map<string, ItemView[]>()
    for (const view of held.views) {
      const list = lists.get(view.status)
      if (list) list.push(view)
      else lists.set(view.status, [view])
    }
    held.byStatus = lists
  }
  return held.byStatus
}

/** Where `view` goes: after every view that `compare` does not place after it (binary search). */
function placeOf(views: readonly ItemView[], view: ItemView, compare: (a: ItemView, b: ItemView) => number): number {
  let low = 0
  let high = views.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (compare(views[middle]!, view) <= 0) low = middle + 1
    else high = middle
  }
  return low
}
