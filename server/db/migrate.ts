import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Database } from './database'

// server/migrations from the source (server/db/), or the copy beside the built server (dist-server-node/).
const folder = [new URL('./migrations/', import.meta.url), new URL('../migrations/', import.meta.url)]
  .map((url) => fileURLToPath(url))
  .find((path) => existsSync(path))!
// Any number, the same for every server: holds off a second instance migrating at the same time.
const migrationLock = 7_304_117

/** The versioned SQL files of server/migrations, in name order. */
export function migrationFiles(): { version: string; sql: string }[] {
  return readdirSync(folder)
    .filter((name) => /^\d{3}_[\w-]+\.sql$/.test(name))
    .sort()
    .map((name) => ({ version: name.replace(/\.sql$/, ''), sql: readFileSync(`${folder}${name}`, 'utf8') }))
}

/** Applies the migrations not applied yet, each in its own transaction; returns their versions. */
export async function migrate(db: Database): Promise<string[]> {
  await db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
  )
  const applied: string[] = []
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [migrationLock])
    const done = new Set(
      (await tx.query<{ version: string }>('SELECT version FROM schema_migrations')).rows.map((row) => row.version),
    )
    for (const migration of migrationFiles()) {
      if (done.has(migration.version)) continue
      await tx.exec(migration.sql)
      await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [migration.version])
      applied.push(migration.version)
    }
  })
  return applied
}
