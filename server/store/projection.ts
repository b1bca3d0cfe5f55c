import type { IsoDate } from '@/domain/dates'
import type { ItemRecord } from '@/domain/history'
import { itemViewToday } from '@/domain/item-as-of'
import { compareItems, sortItems, type ItemView } from '@/domain/item-query'
import type { Campaign } from '@/domain/model/campaign'
import type { Demand } from '@/domain/model/demand'
import type { Item } from '@/domain/model/item'
import type { Unit } from '@/domain/model/unit'
import type { Update } from '@/domain/model/update'
import { retallyDemand, retallyItem, tallyOf, type StatsTally } from '@/domain/stats-tally'
import type { User } from '@/domain/model/user'
import type { Queryable } from '../db/database'
import { campaignOf, demandOf, itemOf, unitOf, updateOf, userOf } from '../db/rows'

/** What one committed write changed, re-read from the database after the write. */
export type Changes = { items?: ItemRecord[]; updates?: Update[]; demands?: Demand[] }

const none: readonly Update[] = []

export type ProjectionData = { campaign: Campaign; units: Unit[]; users: User[]; items: ItemRecord[]; updates: Update[]; demands: Demand[] }

/**
 * The read side: every row of the campaign in memory, loaded at start and kept in step with each
 * committed write. Lists, the wall and the statistics are answered from here with the domain's
 * functions; derived answers (item views, statistics) are cached and dropped on every write, so a
 * 50,000-item campaign is computed once per change, not once per request. The database stays the
 * source of truth: writes check versions and permissions against locked rows, not against this copy.
 */
export class Projection {
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
  private readonly sorted = new Map<string, ItemView[]>()
  private sortedDay: IsoDate | null = null
  /** Items written since the sorted views were last patched. */
  private readonly unsorted = new Set<string>()
  /** Bumped on every applied change. */
  revision = 0

  static async load(db: Queryable): Promise<Projection> {
    const projection = new Projection()
    await projection.reload(db)
    return projection
  }

  async reload(db: Queryable): Promise<void> {
    const [campaigns, units, users, items, updates, demands] = await Promise.all([
      db.query('SELECT * FROM campaigns ORDER BY id LIMIT 1'),
      db.query('SELECT * FROM units ORDER BY position'),
      db.query('SELECT id, name, role, unit_id, title FROM users ORDER BY position'),
      db.query('SELECT * FROM items ORDER BY id'),
      db.query('SELECT * FROM updates ORDER BY at, seq'),
      db.query('SELECT * FROM demands ORDER BY submitted_at, id'),
    ])
    const campaign = campaigns.rows[0]
    if (!campaign) throw new Error('the database holds no campaign: run `npm run server:seed`')
    this.fill({
      campaign: campaignOf(campaign),
      units: units.rows.map(unitOf),
      users: users.rows.map(userOf),
      items: items.rows.map(itemOf),
      updates: updates.rows.map(updateOf),
      demands: demands.rows.map(demandOf),
    })
  }

  /** Replaces everything with the given rows (updates oldest first), e.g. the seed just written. */
  fill(data: ProjectionData): void {
    this.campaign = data.campaign
    this.units = data.units
    this.users = data.users
    this.unitNames = new Map(this.units.map((unit) => [unit.id, unit.name]))
    this.items.clear()
    this.updatesByItem.clear()
    this.demands.clear()
    // The seed's order: list by list as the campaign names them, then by code.
    const listOrder = new Map(this.campaign.lists.map((list, index) => [list.id, index]))
    const records = [...data.items].sort((a, b) => (listOrder.get(a.listId) ?? 99) - (listOrder.get(b.listId) ?? 99) || a.code.localeCompare(b.code))
    for (const item of records) this.items.set(item.id, item)
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
    }
  }

  private appendUpdate(update: Update) {
    const list = this.updatesByItem.get(update.itemId)
    if (!list) this.updatesByItem.set(update.itemId, [update])
    else if (!list.some((u) => u.id === update.id)) list.push(update)
  }

  /**
   * Applies a committed write. A record older than the one held (two writes settling out of order) is
   * ignored. Today's statistics are re-counted for the items and demands the write touched only.
   */
  apply(changes: Changes): void {
    const itemIds = new Set<string>()
    for (const update of changes.updates ?? []) {
      this.appendUpdate(update)
      this.invalidate(update.itemId)
      itemIds.add(update.itemId)
    }
    for (const record of changes.items ?? []) {
      itemIds.add(record.id)
      const held = this.items.get(record.id)
      if (held && (held.version > record.version || (held.version === record.version && held.updatedAt > record.updatedAt))) continue
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
   * items it touched (taken out, put back where the same comparison places them), so with writers at work
   * a ledger page over 50,000 items costs a filter and a slice, not a sort. Do not modify the array.
   */
  sortedViews(sort: string | undefined, today: IsoDate): readonly ItemView[] {
    if (this.sortedDay !== today) {
      this.sorted.clear()
      this.unsorted.clear()
      this.sortedDay = today
    }
    if (this.unsorted.size > 0) this.patchSorted(today)
    const key = sort ?? ''
    let views = this.sorted.get(key)
    if (!views) {
      views = sortItems(this.allViews(today), sort)
      this.sorted.set(key, views)
    }
    return views
  }

  private patchSorted(today: IsoDate) {
    const ids = this.unsorted
    for (const [key, views] of this.sorted) {
      let kept = 0
      for (const view of views) if (!ids.has(view.id)) views[kept++] = view
      views.length = kept
      const compare = compareItems(key || undefined)
      for (const id of ids) {
        const view = this.view(id, today)
        if (!view) continue
        let low = 0
        let high = views.length
        while (low < high) {
          const middle = (low + high) >>> 1
          if (compare(views[middle]!, view) <= 0) low = middle + 1
          else high = middle
        }
        views.splice(low, 0, view)
      }
    }
    ids.clear()
  }

  /**
   * Today's statistics, kept up to date by every write (stats-tally.ts): counted in full once a day
   * (and after a reload), then re-counted per write for what it touched.
   */
  statsToday(today: IsoDate): StatsTally {
    if (this.tally?.asOf !== today) this.tally = tallyOf(this.campaign, this.items.values(), this.updatesByItem, this.demands.values(), today)
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
