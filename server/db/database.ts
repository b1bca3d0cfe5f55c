import { mkdirSync } from 'node:fs'
import { PGlite } from '@electric-sql/pglite'
import pg from 'pg'

// One query layer over both engines: PGlite (Postgres in WebAssembly, embedded, the default) and a
// PostgreSQL server through node-postgres when DATABASE_URL is set. Parameterised SQL only.

export type Row = Record<string, unknown>
export type QueryResult<R extends Row> = { rows: R[]; rowCount: number }

export interface Queryable {
  query<R extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<QueryResult<R>>
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>
}

export interface Database extends Queryable {
  readonly engine: 'pglite' | 'postgres'
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>
  close(): Promise<void>
}

const DATE_OID = 1082

/**
 * A failed statement, as the server may log it: the SQLSTATE code, the statement's text (placeholders only)
 * and the engine's message with every quoted or keyed value cut out. Never the parameters, the row's values
 * (`detail`, `where`) or the engine's own error (PGlite attaches the parameters to it, and a logged error prints
 * every property): a demand's text or a worker's phone must not reach a log.
 */
export class DatabaseError extends Error {
  override readonly name = 'DatabaseError'
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly statement: string,
  ) {
    super(message)
  }
}

/** The engine's message without the values it quotes: `"…"`, `'…'` and `Key (…)=(…)`. */
export function redactedMessage(message: string): string {
  return message
    .replace(/\([^)]*\)=\([^)]*\)/g, '(…)=(…)')
    .replace(/"[^"]*"/g, '"…"')
    .replace(/'[^']*'/g, "'…'")
}

/** The statement's first line, shortened: enough to find it in the code. */
const statementOf = (sql: string) => sql.trim().split('\n')[0]!.slice(0, 120)

function databaseError(error: unknown, sql: string): DatabaseError {
  const source = error instanceof Error ? error : new Error(String(error))
  const code = (source as { code?: unknown }).code
  const failure = new DatabaseError(
    redactedMessage(source.message),
    typeof code === 'string' ? code : undefined,
    statementOf(sql),
  )
  // The stack of the engine's error says where, not what: keep its frames, with the redacted first line.
  if (source.stack) failure.stack = `DatabaseError: ${failure.message}\n${source.stack.split('\n').slice(1).join('\n')}`
  return failure
}

/** Runs a statement; a failure is rethrown as a DatabaseError that carries no values. */
async function guarded<T>(sql: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (error) {
    throw databaseError(error, sql)
  }
}

/** `date` columns come back as the `YYYY-MM-DD` text they are, never as a local-midnight Date. */
const asText = (value: string) => value

export async function openPglite(dataDir: string | null): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true })
  const db = await PGlite.create({ ...(dataDir ? { dataDir } : {}), parsers: { [DATE_OID]: asText } })
  const wrap = (target: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    async query<R extends Row>(sql: string, params: readonly unknown[] = []) {
      const result = await guarded(sql, () => target.query<R>(sql, [...params]))
      return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length }
    },
    async exec(sql: string) {
      await guarded(sql, () => target.exec(sql))
    },
  })
  return {
    engine: 'pglite',
    ...wrap(db),
    // PGlite has one connection: its transactions run one at a time, so row locks never wait.
    transaction: (work) => db.transaction((tx) => work(wrap(tx))),
    close: () => db.close(),
  }
}

export function openPostgres(connectionString: string): Database {
  const pool = new pg.Pool({
    connectionString,
    max: 10,
    types: {
      getTypeParser: (oid: number, format?: string) =>
        oid === DATE_OID ? asText : pg.types.getTypeParser(oid, format as 'text'),
    } as pg.CustomTypesConfig,
  })
  const wrap = (client: pg.Pool | pg.PoolClient): Queryable => ({
    async query<R extends Row>(sql: string, params: readonly unknown[] = []) {
      const result = await guarded(sql, () => client.query<R>(sql, [...params]))
      return { rows: result.rows, rowCount: result.rowCount ?? result.rows.length }
    },
    async exec(sql: string) {
      await guarded(sql, () => client.query(sql))
    },
  })
  return {
    engine: 'postgres',
    ...wrap(pool),
    async transaction(work) {
      const client = await pool.connect()
      try {
        await client.query('BEGIN')
        const result = await work(wrap(client))
        await client.query('COMMIT')
        return result
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined)
        throw error
      } finally {
        client.release()
      }
    },
    close: () => pool.end(),
  }
}

/** DATABASE_URL → PostgreSQL; otherwise the embedded database in `dataDir` (null: in memory, for tests). */
export function openDatabase(options: { databaseUrl?: string | undefined; dataDir: string | null }): Promise<Database> {
  return options.databaseUrl ? Promise.resolve(openPostgres(options.databaseUrl)) : openPglite(options.dataDir)
}
