import type { ItemRecord } from '@/domain/history'
import type { Campaign } from '@/domain/model/campaign'
import type { Demand } from '@/domain/model/demand'
import type { Update } from '@/domain/model/update'
import type { AuditEntry } from '@/domain/model/account'
import type { Unit } from '@/domain/model/unit'
import { intakeLimits, rateCheck } from '@/domain/intake-limits'
import { ReadModel, type Changes } from '@/core/read-model/read-model'
import type { PasswordCheck, SessionStore, Store, WriteTx } from '@/core/store'
import { hashPassword, hashToken, newSessionToken, verifyPassword } from '../auth/passwords'
import { SessionCache } from '../auth/session-cache'
import { directoryUserOf, insertAudit, pgAccounts } from './pg-accounts'
import { completeDraft, currentSeq, isEmptyChange, logChange, type ChangeDraft } from '../cluster/change-log'
import { Follower } from '../cluster/follower'
import type { Database, Queryable } from '../db/database'
import {
  campaignOf,
  demandColumns,
  demandOf,
  demandValues,
  insertStatements,
  itemColumns,
  itemOf,
  itemValues,
  unitOf,
  updateColumns,
  updateOf,
  updateValues,
} from '../db/rows'

// The store on PostgreSQL (or PGlite): the database is the source of truth, the read model its copy in
// memory, loaded at start and kept in step with each committed write.

export type PgStoreOptions = { demoSignIn: boolean; sessionDays: number }

export type PgStore = Store & {
  /** Reads every row into the read model again (after a re-seed). */
  reload(): Promise<void>
  readonly sessionCache: SessionCache
  /** Follows the other instances' writes (server/cluster/follower.ts). */
  readonly follower: Follower
}

export async function pgStore(db: Database, options: PgStoreOptions): Promise<PgStore> {
  const read = new ReadModel()
  const reload = () => loadReadModel(db, read)
  await reload()
  const sessionCache = new SessionCache()
  const follower = new Follower(db, read, sessionCache)
  return {
    read,
    reload,
    sessionCache,
    follower,
    async transaction(work) {
      const { result, changes, entry } = await db.transaction(async (sql) => {
        const tx = new PgTx(sql)
        const result = await work(tx)
        const draft = tx.touched()
        const entry = isEmptyChange(draft) ? null : { seq: await logChange(sql, draft), ...completeDraft(draft) }
        return { result, changes: await tx.reread(), entry }
      })
      read.apply(changes)
      if (entry) await follower.committed(entry)
      return result
    },
    sessions: pgSessions(db, sessionCache, options.sessionDays, follower),
    passwords: pgPasswords(db, options.demoSignIn),
    accounts: pgAccounts(db, read, sessionCache, follower),
  }
}

export async function loadReadModel(db: Queryable, read: ReadModel): Promise<void> {
  // The sequence first: a write committed while the rows are read is then read again (harmless), never missed.
  const seq = await currentSeq(db)
  const [campaigns, units, users, items, updates, demands] = await Promise.all([
    db.query('SELECT * FROM campaigns ORDER BY id LIMIT 1'),
    db.query('SELECT * FROM units ORDER BY position'),
    db.query(
      'SELECT id, name, role, unit_id, title, must_change_password FROM users WHERE NOT disabled ORDER BY position',
    ),
    db.query('SELECT * FROM items ORDER BY id'),
    db.query('SELECT * FROM updates ORDER BY at, seq'),
    db.query('SELECT * FROM demands ORDER BY submitted_at, id'),
  ])
  const campaign = campaigns.rows[0]
  if (!campaign) throw new Error('the database holds no campaign (the server writes one at its first start)')
  read.fill({
    campaign: campaignOf(campaign),
    units: units.rows.map(unitOf),
    users: users.rows.map(directoryUserOf),
    items: items.rows.map(itemOf),
    updates: updates.rows.map(updateOf),
    demands: demands.rows.map(demandOf),
  })
  read.seq = seq
}

const itemSetters = itemColumns.map((column, index) => `${column} = $${index + 1}`).join(', ')
const demandSetters = demandColumns.map((column, index) => `${column} = $${index + 1}`).join(', ')

/** The statements of one transaction; remembers what it touched, re-read as committed for the read model. */
class PgTx implements WriteTx {
  private readonly items = new Set<string>()
  private readonly demands = new Set<string>()
  private readonly updates: Update[] = []
  private campaign = false
  private units = false

  constructor(private readonly sql: Queryable) {}

  async lockItem(id: string) {
    const { rows } = await this.sql.query('SELECT * FROM items WHERE id = $1 FOR UPDATE', [id])
    return rows[0] ? itemOf(rows[0]) : null
  }

  async historyOf(itemId: string) {
    const { rows } = await this.sql.query('SELECT * FROM updates WHERE item_id = $1 ORDER BY at, seq', [itemId])
    return rows.map(updateOf)
  }

  async lockList(listId: string) {
    await this.sql.query("SELECT pg_advisory_xact_lock(hashtext('list:' || $1))", [listId])
  }

  async keyCount(listId: string) {
    const { rows } = await this.sql.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM items WHERE list_id = $1 AND key',
      [listId],
    )
    return rows[0]?.n ?? 0
  }

  async listCodes(listId: string) {
    const { rows } = await this.sql.query<{ code: string }>('SELECT code FROM items WHERE list_id = $1', [listId])
    return rows.map((row) => row.code)
  }

  /** In as few multi-row statements as the parameter limit allows. */
  async insertItems(items: readonly ItemRecord[]) {
    for (const { sql, params } of insertStatements('items', itemColumns, items.map(itemValues)))
      await this.sql.query(sql, params)
    for (const item of items) this.items.add(item.id)
  }

  /** The version check and the write are one statement. */
  async saveItem(item: ItemRecord, readVersion: number) {
    const values = itemValues(item)
    const result = await this.sql.query(
      `UPDATE items SET ${itemSetters} WHERE id = $1 AND version = $${values.length + 1}`,
      [...values, readVersion],
    )
    this.items.add(item.id)
    return result.rowCount === 1
  }

  async insertUpdates(updates: readonly Update[]) {
    for (const { sql, params } of insertStatements('updates', updateColumns, updates.map(updateValues)))
      await this.sql.query(sql, params)
    for (const update of updates) {
      this.updates.push(update)
      this.items.add(update.itemId)
    }
  }

  async saveCampaign(campaign: Campaign) {
    await this.sql.query('UPDATE campaigns SET lists = $2, categories = $3 WHERE id = $1', [
      campaign.id,
      JSON.stringify(campaign.lists),
      JSON.stringify(campaign.categories),
    ])
    this.campaign = true
  }

  async insertDemand(demand: Demand) {
    for (const { sql, params } of insertStatements('demands', demandColumns, [demandValues(demand)]))
      await this.sql.query(sql, params)
    this.demands.add(demand.id)
  }

  async lockDemand(id: string) {
    const { rows } = await this.sql.query('SELECT * FROM demands WHERE id = $1 FOR UPDATE', [id])
    return rows[0] ? demandOf(rows[0]) : null
  }

  async demandsOfItem(itemId: string) {
    const { rows } = await this.sql.query('SELECT * FROM demands WHERE item_id = $1 FOR UPDATE', [itemId])
    return rows.map(demandOf)
  }

  async saveDemand(demand: Demand) {
    await this.sql.query(`UPDATE demands SET ${demandSetters} WHERE id = $1`, demandValues(demand))
    this.demands.add(demand.id)
  }

  async existingDemands(ids: readonly string[]) {
    if (ids.length === 0) return new Set<string>()
    const { rows } = await this.sql.query<{ id: string }>('SELECT id FROM demands WHERE id = ANY($1::text[])', [ids])
    return new Set(rows.map((row) => row.id))
  }

  /** The unique index on receipts is the final word. */
  async receiptTaken(receipt: string) {
    const { rows } = await this.sql.query('SELECT 1 FROM demands WHERE receipt = $1', [receipt])
    return rows.length > 0
  }

  /** One client's filings queue on an advisory lock: the count and the insert cannot interleave. */
  async claimFiling(client: string, nowMs: number) {
    const rule = intakeLimits.submit
    await this.sql.query("SELECT pg_advisory_xact_lock(hashtext('intake:' || $1))", [client])
    await this.sql.query('DELETE FROM intake_filings WHERE client = $1 AND filed_at <= $2', [
      client,
      nowMs - rule.windowSeconds * 1000,
    ])
    const { rows } = await this.sql.query<{ at: string }>(
      'SELECT filed_at::text AS at FROM intake_filings WHERE client = $1',
      [client],
    )
    // A filing by a request that started after this one but got the lock first counts too (not as "future").
    const decision = rateCheck(
      rows.map((row) => Math.min(Number(row.at), nowMs)),
      nowMs,
      rule,
    )
    if (decision.ok)
      await this.sql.query('INSERT INTO intake_filings (client, filed_at) VALUES ($1, $2)', [client, nowMs])
    return decision
  }

  async lockUnits() {
    await this.sql.query("SELECT pg_advisory_xact_lock(hashtext('units'))")
    return (await this.sql.query('SELECT * FROM units ORDER BY position')).rows.map(unitOf)
  }

  /** A new unit goes last in the tree's order. */
  async saveUnit(unit: Unit, audit: AuditEntry) {
    await this.sql.query(
      `INSERT INTO units (id, position, name, kind, parent_id, item_target)
       VALUES ($1, (SELECT coalesce(max(position), 0) + 1 FROM units), $2, $3, $4, $5)
       ON CONFLICT (id) DO UPDATE SET name = $2, parent_id = $4, item_target = $5`,
      [unit.id, unit.name, unit.kind, unit.parentId, unit.itemTarget ?? null],
    )
    await insertAudit(this.sql, audit)
    this.units = true
  }

  /** The ids this transaction wrote, for the change log. */
  touched(): ChangeDraft {
    return {
      items: [...this.items],
      updates: this.updates.map((update) => update.id),
      demands: [...this.demands],
      campaign: this.campaign,
      units: this.units,
    }
  }

  async reread(): Promise<Changes> {
    const ids = (set: Set<string>) => [[...set]]
    const items = this.items.size
      ? (await this.sql.query('SELECT * FROM items WHERE id = ANY($1::text[])', ids(this.items))).rows.map(itemOf)
      : []
    const demands = this.demands.size
      ? (await this.sql.query('SELECT * FROM demands WHERE id = ANY($1::text[])', ids(this.demands))).rows.map(demandOf)
      : []
    const campaign = this.campaign
      ? campaignOf((await this.sql.query('SELECT * FROM campaigns ORDER BY id LIMIT 1')).rows[0]!)
      : undefined
    const units = this.units
      ? (await this.sql.query('SELECT * FROM units ORDER BY position')).rows.map(unitOf)
      : undefined
    return { items, demands, updates: this.updates, ...(campaign && { campaign }), ...(units && { units }) }
  }
}

/** Sessions by the hash of their token, read through an in-memory cache (auth/session-cache.ts). */
function pgSessions(db: Database, cache: SessionCache, sessionDays: number, follower: Follower): SessionStore {
  return {
    async resolve(token, now) {
      const hash = hashToken(token)
      const cached = cache.get(hash, now)
      if (cached !== undefined) return cached
      const { rows } = await db.query<{ user_id: string; expires_at: Date | string }>(
        'SELECT user_id, expires_at FROM sessions WHERE token_hash = $1 AND expires_at > $2',
        [hash, now.toISOString()],
      )
      const row = rows[0]
      if (row) cache.remember(hash, row.user_id, new Date(row.expires_at), now)
      return row?.user_id ?? null
    },
    async open(userId, now) {
      const { token, hash } = newSessionToken()
      const maxAgeSeconds = sessionDays * 24 * 60 * 60
      const expiresAt = new Date(now.getTime() + maxAgeSeconds * 1000)
      await db.query('INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)', [
        hash,
        userId,
        now.toISOString(),
        expiresAt.toISOString(),
      ])
      cache.remember(hash, userId, expiresAt, now)
      return { token, maxAgeSeconds }
    },
    async close(token) {
      const hash = hashToken(token)
      // Forgotten on both sides of the delete: a request that read the row just before it is not kept.
      cache.forget(hash)
      // The other instances forget the user's cached sessions through the change log (they re-read the rest).
      const entry = await db.transaction(async (sql) => {
        const { rows } = await sql.query<{ user_id: string }>(
          'DELETE FROM sessions WHERE token_hash = $1 RETURNING user_id',
          [hash],
        )
        if (!rows[0]) return null
        const draft = { sessionsOf: [rows[0].user_id] }
        return { seq: await logChange(sql, draft), ...completeDraft(draft) }
      })
      cache.forget(hash)
      if (entry) await follower.committed(entry)
    },
  }
}

// Checked when the username is unknown, so that a wrong name costs as long as a wrong password.
let decoy: Promise<string> | undefined

function pgPasswords(db: Database, demoSignIn: boolean): PasswordCheck {
  return {
    demoSignIn,
    async check(username, password) {
      const { rows } = await db.query<{ id: string; password_hash: string }>(
        'SELECT id, password_hash FROM users WHERE username = $1',
        [username],
      )
      const row = rows[0]
      const ok = await verifyPassword(password, row?.password_hash ?? (await (decoy ??= hashPassword('decoy'))))
      return row && ok ? row.id : null
    },
  }
}
