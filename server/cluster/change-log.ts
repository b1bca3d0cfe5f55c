import type { Queryable, Row } from '../db/database'

// The change log (migration 006): one line per committed write, numbered in commit order across every
// instance, with the ids it touched. Written as the write's last statements, so the counter's row lock is
// held only for the commit itself.

export const changesChannel = 'bsstzz_changes'

export type ChangeEntry = {
  seq: number
  items: string[]
  updates: string[]
  demands: string[]
  /** Accounts whose directory entry changed (created, renamed, disabled…). */
  users: string[]
  /** Users whose sessions ended (sign-out, disabled, reset, sent away): other instances forget their cache. */
  sessionsOf: string[]
  campaign: boolean
  units: boolean
}

export type ChangeDraft = Partial<Omit<ChangeEntry, 'seq'>>

export const isEmptyChange = (draft: ChangeDraft) =>
  !draft.campaign &&
  !draft.units &&
  [draft.items, draft.updates, draft.demands, draft.users, draft.sessionsOf].every((ids) => !ids?.length)

/** A draft with every list present. */
export const completeDraft = (draft: ChangeDraft): Omit<ChangeEntry, 'seq'> => ({
  items: draft.items ?? [],
  updates: draft.updates ?? [],
  demands: draft.demands ?? [],
  users: draft.users ?? [],
  sessionsOf: draft.sessionsOf ?? [],
  campaign: draft.campaign ?? false,
  units: draft.units ?? false,
})

/** Numbers the write, logs what it touched and tells the listening instances (delivered on commit). */
export async function logChange(sql: Queryable, draft: ChangeDraft): Promise<number> {
  const { rows } = await sql.query<{ seq: string }>('UPDATE change_counter SET seq = seq + 1 RETURNING seq')
  const seq = Number(rows[0]!.seq)
  const entry = completeDraft(draft)
  await sql.query(
    `INSERT INTO change_log (seq, items, updates, demands, users, sessions_of, campaign, units)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [seq, entry.items, entry.updates, entry.demands, entry.users, entry.sessionsOf, entry.campaign, entry.units],
  )
  await sql.query('SELECT pg_notify($1, $2)', [changesChannel, String(seq)])
  return seq
}

/** The last number given out: what a read model loaded now has seen (read before the rows it loads). */
export async function currentSeq(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ seq: string }>('SELECT seq FROM change_counter')
  return Number(rows[0]?.seq ?? 0)
}

const ids = (value: unknown) => (Array.isArray(value) ? value.map(String) : [])

export function changeEntryOf(row: Row): ChangeEntry {
  return {
    seq: Number(row.seq),
    items: ids(row.items),
    updates: ids(row.updates),
    demands: ids(row.demands),
    users: ids(row.users),
    sessionsOf: ids(row.sessions_of),
    campaign: row.campaign === true,
    units: row.units === true,
  }
}

/** Up to `limit` lines after `after`, oldest first. */
export async function changesAfter(db: Queryable, after: number, limit: number): Promise<ChangeEntry[]> {
  const { rows } = await db.query('SELECT * FROM change_log WHERE seq > $1 ORDER BY seq LIMIT $2', [after, limit])
  return rows.map(changeEntryOf)
}
