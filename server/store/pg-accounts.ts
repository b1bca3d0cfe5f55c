import type { Account, AuditEntry } from '@/domain/model/account'
import type { User } from '@/domain/model/user'
import { keepDirectory } from '@/core/accounts'
import type { ReadModel } from '@/core/read-model/read-model'
import type { AccountStore } from '@/core/store'
import { hashPassword, verifyPassword } from '../auth/passwords'
import type { SessionCache } from '../auth/session-cache'
import { completeDraft, logChange, type ChangeEntry } from '../cluster/change-log'
import type { Follower } from '../cluster/follower'
import type { Database, Queryable, Row } from '../db/database'
import { userOf } from '../db/rows'

// The accounts on PostgreSQL (issue 23): the users table with migration 003's columns, and the audit log.
// Every change and its audit line are one transaction; passwords are stored as scrypt hashes only.

const accountColumns = 'id, username, name, role, unit_id, title, phone, disabled, must_change_password'

function accountOf(row: Row): Account {
  return {
    ...userOf(row),
    username: String(row.username),
    phone: row.phone === null || row.phone === undefined ? null : String(row.phone),
    disabled: row.disabled === true,
    mustChangePassword: row.must_change_password === true,
  }
}

/** A directory entry (read model) from a users row that carries must_change_password. */
export function directoryUserOf(row: Row): User {
  const user = userOf(row)
  return row.must_change_password === true ? { ...user, mustChangePassword: true } : user
}

const auditColumns = 'id, at, actor_id, actor_name, action, target_id, target_name, detail'

function auditOf(row: Row): AuditEntry {
  const text = (value: unknown) => (value === null || value === undefined ? null : String(value))
  return {
    id: String(row.id),
    at: new Date(row.at as string | Date).toISOString(),
    actorId: text(row.actor_id),
    actorName: String(row.actor_name),
    action: String(row.action) as AuditEntry['action'],
    targetId: text(row.target_id),
    targetName: text(row.target_name),
    detail: String(row.detail),
  }
}

export async function insertAudit(sql: Queryable, entry: AuditEntry): Promise<void> {
  await sql.query(`INSERT INTO audit_log (${auditColumns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, [
    entry.id,
    entry.at,
    entry.actorId,
    entry.actorName,
    entry.action,
    entry.targetId,
    entry.targetName,
    entry.detail,
  ])
}

/** Writes an account (new or changed) with its audit line and its change-log line; `password` is hashed here. */
export async function writeAccount(
  sql: Queryable,
  account: Account,
  change: { password?: string; audit: AuditEntry },
): Promise<ChangeEntry> {
  const hash = change.password === undefined ? null : await hashPassword(change.password)
  const fields = [
    account.id,
    account.username,
    account.name,
    account.role,
    account.unitId,
    account.title ?? null,
    account.phone,
    account.disabled,
    account.mustChangePassword,
  ]
  const updated = await sql.query(
    `UPDATE users SET username = $2, name = $3, role = $4, unit_id = $5, title = $6, phone = $7, disabled = $8,
       must_change_password = $9, password_hash = coalesce($10, password_hash) WHERE id = $1`,
    [...fields, hash],
  )
  if (updated.rowCount === 0) {
    if (hash === null) throw new Error('a new account needs a password')
    await sql.query(
      `INSERT INTO users (${accountColumns}, password_hash, position)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, (SELECT coalesce(max(position) + 1, 0) FROM users))`,
      [...fields, hash],
    )
  }
  await insertAudit(sql, change.audit)
  const draft = { users: [account.id] }
  return { seq: await logChange(sql, draft), ...completeDraft(draft) }
}

/** Ends a user's sessions here and, through the change log, in every other instance's cache. */
export async function endSessionsOf(db: Database, userId: string): Promise<ChangeEntry> {
  return db.transaction(async (sql) => {
    await sql.query('DELETE FROM sessions WHERE user_id = $1', [userId])
    const draft = { sessionsOf: [userId] }
    return { seq: await logChange(sql, draft), ...completeDraft(draft) }
  })
}

export function pgAccounts(db: Database, read: ReadModel, cache: SessionCache, follower: Follower): AccountStore {
  return {
    async list() {
      const { rows } = await db.query(`SELECT ${accountColumns} FROM users ORDER BY position`)
      return rows.map(accountOf)
    },
    async get(id) {
      const { rows } = await db.query(`SELECT ${accountColumns} FROM users WHERE id = $1`, [id])
      return rows[0] ? accountOf(rows[0]) : null
    },
    async usernameTaken(username) {
      const { rows } = await db.query('SELECT 1 FROM users WHERE username = $1', [username])
      return rows.length > 0
    },
    async hasAdmin() {
      const { rows } = await db.query("SELECT 1 FROM users WHERE role = 'admin' AND NOT disabled LIMIT 1")
      return rows.length > 0
    },
    async save(account, change) {
      const entry = await db.transaction((sql) => writeAccount(sql, account, change))
      keepDirectory(read, account)
      await follower.committed(entry)
    },
    async verify(id, password) {
      const { rows } = await db.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE id = $1', [id])
      return rows[0] ? verifyPassword(password, rows[0].password_hash) : false
    },
    async endSessions(userId) {
      cache.forgetUser(userId)
      const entry = await endSessionsOf(db, userId)
      cache.forgetUser(userId)
      await follower.committed(entry)
    },
    async audit(entry) {
      await insertAudit(db, entry)
    },
    async auditLog() {
      const { rows } = await db.query(`SELECT ${auditColumns} FROM audit_log ORDER BY at DESC, seq DESC`)
      return rows.map(auditOf)
    },
  }
}
