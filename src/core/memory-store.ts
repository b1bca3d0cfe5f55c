import type { ItemRecord } from '@/domain/history'
import type { Campaign } from '@/domain/model/campaign'
import type { Demand } from '@/domain/model/demand'
import type { AuditEntry } from '@/domain/model/account'
import type { Unit } from '@/domain/model/unit'
import type { Update } from '@/domain/model/update'
import type { RateDecision } from '@/domain/intake-limits'
import { IntakeGuard } from './intake-guard'
import { memoryAccounts, type AccountsPersistence, type MemoryAccounts } from './memory-accounts'
import type { ReadModel } from './read-model/read-model'
import type { PasswordCheck, SessionStore, Store, WriteTx } from './store'

// The store in memory: the read model is the only copy. A transaction stages its writes and applies them
// on commit, so a refused write leaves nothing behind; transactions run one at a time, as row locks would
// make them.

/** The demo users' password for `{username, password}` sign-in on the mock. */
export const demoPassword = 'demo'

export type MemorySessions = Map<string, string>

export type MemoryStoreOptions = {
  /** Token → user id; kept by the caller (the browser's copy persists it). */
  sessions: MemorySessions
  onSessionChange?: (token: string, userId: string | null) => void
  /** Where filings without a session are counted (the backend's guard, cleared with it on reset). */
  guard?: IntakeGuard
  /** Where the demo's accounts are kept across reloads (the browser's copy). */
  accounts?: AccountsPersistence
}

export function memoryStore(read: ReadModel, options: MemoryStoreOptions): Store {
  let queue: Promise<unknown> = Promise.resolve()
  const guard = options.guard ?? new IntakeGuard()
  const sessions = memorySessions(options)
  const accounts = memoryAccounts(
    read,
    demoPassword,
    (userId) => {
      for (const [token, owner] of options.sessions) if (owner === userId) void sessions.close(token)
    },
    options.accounts,
  )
  return {
    read,
    transaction<T>(work: (tx: WriteTx) => Promise<T>): Promise<T> {
      const run = queue.then(async () => {
        const staged = new Staged(read, guard, (entry) => void accounts.audit(entry))
        const result = await work(staged)
        staged.commit()
        return result
      })
      queue = run.catch(() => undefined)
      return run
    },
    sessions,
    passwords: memoryPasswords(accounts),
    accounts,
  }
}

class Staged implements WriteTx {
  private readonly items = new Map<string, ItemRecord>()
  private readonly demands = new Map<string, Demand>()
  private readonly updates: Update[] = []
  private campaign: Campaign | undefined
  private readonly filings: { client: string; nowMs: number }[] = []
  private units: Unit[] | undefined
  private readonly audits: AuditEntry[] = []

  constructor(
    private readonly read: ReadModel,
    private readonly guard: IntakeGuard,
    private readonly audit: (entry: AuditEntry) => void,
  ) {}

  private item(id: string) {
    return this.items.get(id) ?? this.read.items.get(id) ?? null
  }

  private *allItems() {
    for (const [id, item] of this.read.items) yield this.items.get(id) ?? item
    for (const [id, item] of this.items) if (!this.read.items.has(id)) yield item
  }

  private demand(id: string) {
    return this.demands.get(id) ?? this.read.demands.get(id) ?? null
  }

  async lockItem(id: string) {
    return this.item(id)
  }

  async historyOf(itemId: string) {
    return [...this.read.updatesOf(itemId), ...this.updates.filter((update) => update.itemId === itemId)]
  }

  async lockList() {}

  async keyCount(listId: string) {
    let count = 0
    for (const item of this.allItems()) if (item.listId === listId && item.key) count += 1
    return count
  }

  async listCodes(listId: string) {
    const codes: string[] = []
    for (const item of this.allItems()) if (item.listId === listId) codes.push(item.code)
    return codes
  }

  async insertItems(items: readonly ItemRecord[]) {
    for (const item of items) this.items.set(item.id, item)
  }

  async saveItem(item: ItemRecord, readVersion: number) {
    if (this.item(item.id)?.version !== readVersion) return false
    this.items.set(item.id, item)
    return true
  }

  async insertUpdates(updates: readonly Update[]) {
    this.updates.push(...updates)
  }

  async saveCampaign(campaign: Campaign) {
    this.campaign = campaign
  }

  async insertDemand(demand: Demand) {
    this.demands.set(demand.id, demand)
  }

  async lockDemand(id: string) {
    return this.demand(id)
  }

  async demandsOfItem(itemId: string) {
    const found = new Map<string, Demand>()
    for (const demand of this.read.demands.values()) if (demand.itemId === itemId) found.set(demand.id, demand)
    for (const demand of this.demands.values()) {
      if (demand.itemId === itemId) found.set(demand.id, demand)
      else found.delete(demand.id)
    }
    return [...found.values()]
  }

  async saveDemand(demand: Demand) {
    this.demands.set(demand.id, demand)
  }

  async existingDemands(ids: readonly string[]) {
    return new Set(ids.filter((id) => this.demand(id) !== null))
  }

  async receiptTaken(receipt: string) {
    for (const demand of this.read.demands.values()) if (demand.receipt === receipt) return true
    for (const demand of this.demands.values()) if (demand.receipt === receipt) return true
    return false
  }

  async claimFiling(client: string, nowMs: number): Promise<RateDecision> {
    const decision = this.guard.peekFiling(client, nowMs)
    if (decision.ok) this.filings.push({ client, nowMs })
    return decision
  }

  async lockUnits() {
    return [...(this.units ?? this.read.units)]
  }

  async saveUnit(unit: Unit, audit: AuditEntry) {
    const units = this.units ?? this.read.units
    this.units = units.some((u) => u.id === unit.id)
      ? units.map((u) => (u.id === unit.id ? unit : u))
      : [...units, unit]
    this.audits.push(audit)
  }

  commit() {
    for (const filing of this.filings) this.guard.recordFiling(filing.client, filing.nowMs)
    for (const entry of this.audits) this.audit(entry)
    this.read.apply({
      items: [...this.items.values()],
      updates: this.updates,
      demands: [...this.demands.values()],
      ...(this.campaign && { campaign: this.campaign }),
      ...(this.units && { units: this.units }),
    })
    this.read.seq += 1
  }
}

function memorySessions({ sessions, onSessionChange }: MemoryStoreOptions): SessionStore {
  return {
    async resolve(token) {
      return sessions.get(token) ?? null
    },
    async open(userId) {
      const token = crypto.randomUUID()
      sessions.set(token, userId)
      onSessionChange?.(token, userId)
      return { token, maxAgeSeconds: 30 * 24 * 60 * 60 }
    },
    async close(token) {
      sessions.delete(token)
      onSessionChange?.(token, null)
    },
  }
}

/** Any demo user signs in with `demoPassword` (or by id alone); an account the demo admin made, with its own. */
function memoryPasswords(accounts: MemoryAccounts): PasswordCheck {
  return {
    demoSignIn: true,
    async check(username, password) {
      return accounts.check(username, password)
    },
  }
}
