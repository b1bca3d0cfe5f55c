import type { IsoDate } from '@/domain/dates'
import type { ItemRecord } from '@/domain/history'
import { itemViewToday } from '@/domain/item-as-of'
import type { ItemView } from '@/domain/item-query'
import type { Campaign } from '@/domain/model/campaign'
import type { Demand } from '@/domain/model/demand'
import type { Item } from '@/domain/model/item'
import type { Unit } from '@/domain/model/unit'
import type { Update } from '@/domain/model/update'
import type { User } from '@/domain/model/user'
import { retallyDemand, retallyItem, tallyOf, type StatsTally } from '@/domain/stats-tally'

export type MockData = {
  campaign: Campaign
  units: Unit[]
  users: User[]
  items: ItemRecord[]
  updates: Update[]
  demands: Demand[]
}

export type Change =
  | { kind: 'item'; record: ItemRecord }
  | { kind: 'update'; update: Update }
  | { kind: 'demand'; demand: Demand }
  | { kind: 'session'; token: string; userId: string | null }

const none: readonly Update[] = []

/** The mock's in-memory tables with the indexes the handlers need. Every write goes through here. */
export class MockDb {
  readonly campaign: Campaign
  readonly units: Unit[]
  readonly users: User[]
  readonly items = new Map<string, ItemRecord>()
  readonly updatesByItem = new Map<string, Update[]>()
  readonly demands = new Map<string, Demand>()
  readonly sessions = new Map<string, string>()
  private readonly unitNames: Map<string, string>
  private readonly views = new Map<string, ItemView>()
  private viewsDay: IsoDate | null = null
  private tally: StatsTally | null = null
  private listeners: ((change: Change) => void)[] = []

  constructor(data: MockData & { sessions?: Record<string, string> }) {
    this.campaign = data.campaign
    this.units = data.units
    this.users = data.users
    this.unitNames = new Map(data.units.map((unit) => [unit.id, unit.name]))
    for (const item of data.items) this.items.set(item.id, item)
    for (const update of data.updates) this.appendToIndex(update)
    for (const demand of data.demands) this.demands.set(demand.id, demand)
    for (const [token, userId] of Object.entries(data.sessions ?? {})) this.sessions.set(token, userId)
  }

  onChange(listener: (change: Change) => void): void {
    this.listeners.push(listener)
  }

  private emit(change: Change) {
    for (const listener of this.listeners) listener(change)
  }

  private appendToIndex(update: Update) {
    const list = this.updatesByItem.get(update.itemId)
    if (list) list.push(update)
    else this.updatesByItem.set(update.itemId, [update])
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
   * Today's statistics, kept up to date by every write below (src/domain/stats-tally.ts, as the server's
   * projection does): counted in full once a day, then re-counted per write for what it touched.
   */
  statsToday(today: IsoDate): StatsTally {
    if (this.tally?.asOf !== today)
      this.tally = tallyOf(this.campaign, this.items.values(), this.updatesByItem, this.demands.values(), today)
    return this.tally
  }

  putItem(record: ItemRecord): void {
    this.items.set(record.id, record)
    this.views.delete(record.id)
    if (this.tally) retallyItem(this.tally, record.id, record, this.updatesOf(record.id))
    this.emit({ kind: 'item', record })
  }

  addUpdate(update: Update): void {
    this.appendToIndex(update)
    this.views.delete(update.itemId)
    if (this.tally) retallyItem(this.tally, update.itemId, this.items.get(update.itemId), this.updatesOf(update.itemId))
    this.emit({ kind: 'update', update })
  }

  putDemand(demand: Demand): void {
    this.demands.set(demand.id, demand)
    if (this.tally) retallyDemand(this.tally, demand)
    this.emit({ kind: 'demand', demand })
  }

  openSession(token: string, userId: string): void {
    this.sessions.set(token, userId)
    this.emit({ kind: 'session', token, userId })
  }

  closeSession(token: string): void {
    this.sessions.delete(token)
    this.emit({ kind: 'session', token, userId: null })
  }

  keyCount(listId: string): number {
    let count = 0
    for (const item of this.items.values()) if (item.listId === listId && item.key) count += 1
    return count
  }

  /** A fresh id that no record of the kind uses. */
  newId(prefix: string, taken: { has(id: string): boolean }): string {
    for (;;) {
      const id = `${prefix}-${crypto.randomUUID().slice(0, 8)}`
      if (!taken.has(id)) return id
    }
  }
}
