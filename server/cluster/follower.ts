import type { LiveChange } from '@/contract/live'
import type { Changes, ReadModel } from '@/core/read-model/read-model'
import type { User } from '@/domain/model/user'
import type { SessionCache } from '../auth/session-cache'
import type { Database, Row } from '../db/database'
import { campaignOf, demandOf, itemOf, unitOf, updateOf } from '../db/rows'
import { directoryUserOf } from '../store/pg-accounts'
import { changesAfter, type ChangeEntry } from './change-log'

// Keeps this instance's read model in step with the database's change log (issue 24, decision 014): its own
// writes are applied at commit; everyone else's are read again by id, in sequence order, when a NOTIFY
// arrives, after a reconnect, when a client has seen a later sequence, and every few seconds anyway.

const batch = 500

/** What an open page is told of a change: ids only. Nothing for a change of sessions alone. */
export function liveChangeOf(entry: ChangeEntry): LiveChange | null {
  const change: LiveChange = {
    seq: entry.seq,
    items: entry.items,
    demands: entry.demands,
    campaign: entry.campaign,
    units: entry.units,
    users: entry.users.length > 0,
  }
  const touched = change.items.length + change.demands.length > 0 || change.campaign || change.units || change.users
  return touched ? change : null
}

export class Follower {
  /** This instance's own commits not yet passed in sequence: already applied, not to be read again. */
  private readonly own = new Map<number, ChangeEntry>()
  private readonly listeners = new Set<(change: LiveChange | null) => void>()
  private stopFollowing: (() => Promise<void>) | undefined
  private running: Promise<void> | null = null
  private again = false

  constructor(
    private readonly db: Database,
    private readonly read: ReadModel,
    private readonly sessions: SessionCache,
  ) {}

  /** Called with each change this instance committed (and applied); resolves once the sequence reaches it. */
  async committed(entry: ChangeEntry): Promise<void> {
    if (entry.seq <= this.read.seq) return
    this.own.set(entry.seq, entry)
    if (entry.seq === this.read.seq + 1 && !this.running) {
      this.own.delete(entry.seq)
      this.read.seq = entry.seq
      this.emit(entry)
      return
    }
    await this.catchUp()
  }

  /** Reads the log past the read model's sequence; concurrent calls share one pass (and ask for one more). */
  catchUp(): Promise<void> {
    if (this.running) {
      this.again = true
      return this.running
    }
    this.running = (async () => {
      try {
        do {
          this.again = false
          await this.pull()
        } while (this.again)
      } finally {
        this.running = null
      }
    })()
    return this.running
  }

  /** Whether the read model reached `seq` within `ms` (a client saw it elsewhere: read your writes). */
  async waitFor(seq: number, ms: number): Promise<boolean> {
    const deadline = Date.now() + ms
    while (this.read.seq < seq && Date.now() < deadline) {
      await Promise.race([this.catchUp().catch(() => undefined), sleep(Math.min(100, deadline - Date.now()))])
      if (this.read.seq < seq) await sleep(20)
    }
    return this.read.seq >= seq
  }

  /** Hears every change in sequence; null when the instance shuts down (the stream should end). */
  subscribe(listener: (change: LiveChange | null) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /**
   * Follows the other instances: LISTEN for their notices (catching up after every reconnect) and, in case a
   * notice was lost, a look at the log every few seconds. Nothing to follow on PGlite (one process).
   */
  start(channel: string, everyMs = 5000): void {
    if (this.db.engine !== 'postgres') return
    const pass = () => void this.catchUp().catch(() => undefined)
    const unlisten = this.db.listen(channel, pass, pass)
    const timer = setInterval(pass, everyMs)
    timer.unref()
    this.stopFollowing = async () => {
      clearInterval(timer)
      await unlisten()
    }
  }

  async stop(): Promise<void> {
    for (const listener of this.listeners) listener(null)
    this.listeners.clear()
    await this.stopFollowing?.()
  }

  private emit(entry: ChangeEntry) {
    if (entry.sessionsOf.length > 0) for (const userId of entry.sessionsOf) this.sessions.forgetUser(userId)
    const change = liveChangeOf(entry)
    if (change) for (const listener of this.listeners) listener(change)
  }

  private async pull() {
    for (;;) {
      const entries = await changesAfter(this.db, this.read.seq, batch)
      if (entries.length === 0) return
      const foreign = entries.filter((entry) => !this.own.has(entry.seq))
      if (foreign.length > 0) await this.applyForeign(foreign)
      for (const entry of entries) {
        this.own.delete(entry.seq)
        this.read.seq = entry.seq
        this.emit(entry)
      }
      if (entries.length < batch) return
    }
  }

  /** Reads the rows the entries name as they are now (the latest state, whatever order they arrive in). */
  private async applyForeign(entries: readonly ChangeEntry[]) {
    const union = (pick: (entry: ChangeEntry) => string[]) => [...new Set(entries.flatMap(pick))]
    const byIds = async (table: string, ids: string[], order = 'id') =>
      ids.length === 0
        ? []
        : (await this.db.query(`SELECT * FROM ${table} WHERE id = ANY($1::text[]) ORDER BY ${order}`, [ids])).rows
    const [items, updates, demands, users] = await Promise.all([
      byIds(
        'items',
        union((e) => e.items),
      ),
      byIds(
        'updates',
        union((e) => e.updates),
        'at, seq',
      ),
      byIds(
        'demands',
        union((e) => e.demands),
      ),
      byIds(
        'users',
        union((e) => e.users),
      ),
    ])
    const changes: Changes = {
      items: items.map(itemOf),
      updates: updates.map(updateOf),
      demands: demands.map(demandOf),
    }
    if (entries.some((e) => e.campaign))
      changes.campaign = campaignOf((await this.db.query('SELECT * FROM campaigns ORDER BY id LIMIT 1')).rows[0]!)
    if (entries.some((e) => e.units))
      changes.units = (await this.db.query('SELECT * FROM units ORDER BY position')).rows.map(unitOf)
    this.read.apply(changes)
    for (const row of users) this.followDirectory(row)
  }

  /** The directory holds the accounts that may sign in, in the order created. */
  private followDirectory(row: Row) {
    const id = String(row.id)
    const others = this.read.users.filter((user) => user.id !== id)
    if (row.disabled === true) {
      this.read.users = others
      return
    }
    const user: User = directoryUserOf(row)
    const at = this.read.users.findIndex((u) => u.id === id)
    this.read.users = at === -1 ? [...others, user] : this.read.users.map((u) => (u.id === id ? user : u))
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)))
