import type { IsoDate } from '@/domain/dates'
import { createSeed, type SeedData, type SeedSize } from '@/core/seed/create-seed'
import type { Skeleton } from '@/core/seed/skeleton'
import { hashPassword } from '../auth/passwords'
import type { Database, Queryable } from './database'
import {
  demandColumns,
  demandValues,
  insertStatements,
  itemColumns,
  itemValues,
  updateColumns,
  updateValues,
} from './rows'

// The demo campaign comes from the demo seed builder (src/core/seed): one seed, two backends.

/** The development password of every demo user (README); never seeded in production. */
export const demoPassword = 'demo'

export async function isEmpty(db: Queryable): Promise<boolean> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM campaigns')
  return (rows[0]?.n ?? 0) === 0
}

async function insertAll(tx: Queryable, table: string, columns: readonly string[], rows: unknown[][], suffix = '') {
  for (const statement of insertStatements(table, columns, rows, suffix))
    await tx.query(statement.sql, statement.params)
}

/** Hashes once per distinct password: scrypt is slow on purpose. */
async function demoHashes(data: SeedData): Promise<Map<string, string>> {
  const hashes = new Map<string, string>()
  for (const user of data.users) hashes.set(user.id, await hashPassword(demoPassword))
  return hashes
}

/** Replaces every row with the seeded campaign (the data tables only; migrations stay). */
export async function loadSeed(db: Database, data: SeedData, passwordHashes?: Map<string, string>): Promise<void> {
  const hashes = passwordHashes ?? (await demoHashes(data))
  await db.transaction(async (tx) => {
    await tx.exec('TRUNCATE sessions, updates, demands, items, users, units, campaigns, audit_log')
    await insertOrganisation(tx, data)
    await insertAll(
      tx,
      'users',
      ['id', 'position', 'username', 'name', 'role', 'unit_id', 'title', 'password_hash'],
      data.users.map((u, i) => [u.id, i, u.id, u.name, u.role, u.unitId, u.title ?? null, hashes.get(u.id)]),
    )
    await insertAll(tx, 'items', itemColumns, data.items.map(itemValues))
    await insertAll(tx, 'updates', updateColumns, data.updates.map(updateValues))
    await insertAll(tx, 'demands', demandColumns, data.demands.map(demandValues))
  })
}

/** A real deployment's first start (issue 23): the campaign and the units only, no people and no items. */
export async function loadSkeleton(db: Database, skeleton: Skeleton): Promise<void> {
  await db.transaction((tx) => insertOrganisation(tx, skeleton))
}

/** The campaign and its units: what both the demo seed and a real first start begin with. */
async function insertOrganisation(tx: Queryable, { campaign: c, units }: Skeleton): Promise<void> {
  await tx.query(
    'INSERT INTO campaigns (id, name, start_date, end_date, lists, categories) VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb)',
    [c.id, c.name, c.startDate, c.endDate, JSON.stringify(c.lists), JSON.stringify(c.categories)],
  )
  // Parents first is not guaranteed by the seed: insert without parents, then link them.
  await insertAll(
    tx,
    'units',
    ['id', 'position', 'name', 'kind', 'item_target'],
    units.map((u, i) => [u.id, i, u.name, u.kind, u.itemTarget ?? null]),
  )
  for (const unit of units)
    if (unit.parentId) await tx.query('UPDATE units SET parent_id = $2 WHERE id = $1', [unit.id, unit.parentId])
}

export function demoSeed(today: IsoDate, size: SeedSize = 'demo'): SeedData {
  return createSeed({ today, size })
}

export { demoHashes }

// The contract suite re-seeds before every test: a copy of the seeded rows kept inside the database
// puts them back in one statement per table, much faster than inserting them again from JavaScript.
const snapshotTables = ['items', 'updates', 'demands', 'users', 'audit_log'] as const

export async function takeSnapshot(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.exec('CREATE SCHEMA IF NOT EXISTS seed_snapshot')
    for (const table of snapshotTables)
      await tx.exec(
        `DROP TABLE IF EXISTS seed_snapshot.${table}; CREATE TABLE seed_snapshot.${table} AS TABLE public.${table}`,
      )
  })
}

export async function restoreSnapshot(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    // The limits' counts too (migration 004): each test starts with none.
    await tx.exec(`TRUNCATE sessions, intake_filings, sign_in_limits, ${snapshotTables.join(', ')}`)
    for (const table of snapshotTables)
      await tx.exec(`INSERT INTO public.${table} SELECT * FROM seed_snapshot.${table}`)
  })
}
