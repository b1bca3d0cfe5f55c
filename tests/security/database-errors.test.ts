import { inspect } from 'node:util'
import { DatabaseError, openPglite, openPostgres, redactedMessage, type Database } from '../../server/db/database'
import { errorForLog } from '../../server/log'

// Issue 23: the server logged SQL parameters. A failed statement now surfaces as a DatabaseError carrying
// the SQLSTATE, the statement's first line and the engine's message without its values; never the parameters.
// On PGlite always, and on PostgreSQL too when CONTRACT_DATABASE_URL is set.

type Engine = [name: string, open: () => Promise<Database>]
const postgresUrl = process.env.CONTRACT_DATABASE_URL
const engines: Engine[] = [['PGlite', () => openPglite(null)]]
if (postgresUrl) engines.push(['PostgreSQL', () => Promise.resolve(openPostgres(postgresUrl))])

describe.each(engines)('a failed statement on %s', (_name, open) => {
  it('logs neither its parameters nor the values the engine quotes', async () => {
    const db = await open()
    const table = `security_demo_${process.pid}`
    const insert = `insert into ${table} values ($1, $2)`
    try {
      await db.exec(`drop table if exists ${table}; create table ${table} (phone text primary key, n integer)`)
      await db.query(insert, ['13912345678', 1])
      const failures: unknown[] = []
      for (const params of [
        ['13912345678', 2],
        ['13912345679', '我的电话13912345679'],
        ['1391234\u00005680', 3],
      ])
        await db.query(insert, params).catch((error: unknown) => failures.push(error))
      expect(failures).toHaveLength(3)
      for (const failure of failures) {
        expect(failure).toBeInstanceOf(DatabaseError)
        const printed = inspect(failure, { depth: 10 }) + String(failure)
        expect(printed).not.toMatch(/139123456|我的电话/)
        expect((failure as DatabaseError).statement).toBe(insert)
      }
      expect((failures[0] as DatabaseError).code).toBe('23505')
    } finally {
      await db.exec(`drop table if exists ${table}`)
      await db.close()
    }
  })
})

describe('a message from the engine', () => {
  it('loses its quoted and keyed values', () => {
    expect(redactedMessage('invalid input syntax for type integer: "我的电话"')).toBe(
      'invalid input syntax for type integer: "…"',
    )
    expect(redactedMessage('Key (phone)=(13912345678) already exists.')).toBe('Key (…)=(…) already exists.')
    expect(redactedMessage("value 'x' is wrong")).toBe("value '…' is wrong")
  })
})

describe('a failure the server logs', () => {
  it('is its kind, code, message and frames: never the properties a library attached', () => {
    const error = Object.assign(new Error('query failed'), {
      code: 'XX000',
      params: ['13912345678', '我的电话'],
      request: { headers: { authorization: 'Bearer secret-token' } },
    })
    const logged = errorForLog(error)
    expect(logged).toMatch(/^Error \[XX000\]: query failed\n\s+at /)
    expect(logged).not.toMatch(/13912345678|我的电话|secret-token/)
    expect(errorForLog('a string')).toBe('non-error thrown (string)')
  })
})
