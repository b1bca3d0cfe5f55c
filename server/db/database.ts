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
  /**
   * LISTEN on a channel over a connection of its own, reconnecting with backoff; `onConnected` runs after
   * each (re)connection (a notice may have been missed meanwhile). PGlite has no other writer: a no-op.
   */
  listen(channel: string, onNotify: () => void, onConnected: () => void): () => Promise<void>
  close(): Promise<void>
}

/** SQLSTATE classes and socket errors that mean the server is out of reach (restarting, down), not a bad query. */
export function isUnavailable(error: unknown): boolean {
  const code = error instanceof DatabaseError ? error.code : (error as { code?: unknown } | null)?.code
  if (typeof code !== 'string') return /Connection terminated|connection timeout|not queryable/i.test(String(error))
  return /^(08|57P0[123]|53300)/.test(code) || /^(ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT)$/.test(code)
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
    listen: () => async () => undefined,
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
  // An idle connection the server dropped (a restart) is reported here; the next query opens a new one.
  pool.on('error', () => undefined)
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
      const client = await guarded('BEGIN', () => pool.connect())
      let broken = false
      try {
        await guarded('BEGIN', () => client.query('BEGIN'))
        const result = await work(wrap(client))
        await guarded('COMMIT', () => client.query('COMMIT'))
        return result
      } catch (error) {
        broken = isUnavailable(error)
        await client.query('ROLLBACK').catch(() => (broken = true))
        throw error
      } finally {
        // A connection that failed is closed rather than handed to the next request.
        client.release(broken)
      }
    },
    listen: (channel, onNotify, onConnected) => listenWithRetry(connectionString, channel, onNotify, onConnected),
    close: () => pool.end(),
  }
}

/** DATABASE_URL → PostgreSQL; otherwise the embedded database in `dataDir` (null: in memory, for tests). */
export function openDatabase(options: { databaseUrl?: string | undefined; dataDir: string | null }): Promise<Database> {
  return options.databaseUrl ? Promise.resolve(openPostgres(options.databaseUrl)) : openPglite(options.dataDir)
}

/** One LISTEN connection, opened again with backoff (0.5 s doubling to 10 s) whenever it fails. */
function listenWithRetry(
  connectionString: string,
  channel: string,
  onNotify: () => void,
  onConnected: () => void,
): () => Promise<void> {
  let stopped = false
  let client: pg.Client | null = null
  let wait = 500
  let timer: NodeJS.Timeout | undefined
  const connect = async () => {
    if (stopped) return
    const next = new pg.Client({ connectionString })
    client = next
    const retry = () => {
      if (stopped || client !== next) return
      client = null
      next.removeAllListeners()
      next.on('error', () => undefined)
      void next.end().catch(() => undefined)
      timer = setTimeout(() => void connect(), wait)
      wait = Math.min(wait * 2, 10_000)
    }
    next.on('error', retry)
    next.on('end', retry)
    next.on('notification', onNotify)
    try {
      await next.connect()
      await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`)
      wait = 500
      onConnected()
    } catch {
      retry()
    }
  }
  void connect()
  return async () => {
    stopped = true
    clearTimeout(timer)
    await client?.end().catch(() => undefined)
  }
}
