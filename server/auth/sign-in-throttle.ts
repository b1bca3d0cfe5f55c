import { RateLimiterPostgres, type RateLimiterRes } from 'rate-limiter-flexible'
import {
  delayAfter,
  signInPolicy,
  signInRefused,
  type SignInPolicy,
  type SignInThrottle,
} from '@/core/sign-in-throttle'
import type { Database } from '../db/database'

// The sign-in throttle (src/core/sign-in-throttle.ts) in the database, with rate-limiter-flexible's
// RateLimiterPostgres: each counter is one row of `sign_in_limits` (migration 004) changed by one upsert, so
// concurrent tries and several server instances count together and the counts survive a restart.
//
// RateLimiterPostgres speaks to a node-postgres Pool or Client (`client.query({ text, values })`). The server
// runs on PGlite too, which is no node-postgres: both engines are handed to it through this one adapter over
// the server's own query layer (storeType 'client'), so PGlite keeps its counts in its database as PostgreSQL
// does, instead of a memory store that a restart would empty.

type PgQuery = { text: string; values?: unknown[] }

/**
 * node-postgres's `query({ text, values })` over the server's query layer. `expire` is a bigint: node-postgres
 * answers text and PGlite may answer a BigInt; the limiter computes with numbers.
 */
function storeClient(db: Database) {
  return {
    async query({ text, values }: PgQuery) {
      const result = await db.query(text, values ?? [])
      const rows = result.rows.map((row) =>
        'points' in row ? { points: Number(row.points), expire: row.expire == null ? null : Number(row.expire) } : row,
      )
      // PGlite counts no affected rows for a SELECT; the limiter reads `rowCount` as the rows found.
      return { rows, rowCount: rows.length > 0 ? rows.length : result.rowCount }
    },
  }
}

export function signInThrottle(db: Database, overrides: Partial<SignInPolicy> = {}): SignInThrottle {
  const policy = { ...signInPolicy, ...overrides }
  const common = {
    storeClient: storeClient(db),
    storeType: 'client',
    tableName: 'sign_in_limits',
    tableCreated: true,
    clearExpiredByTimeout: false,
  }
  const accounts = new RateLimiterPostgres({
    ...common,
    // One of them deletes the table's rows expired an hour ago, every 5 minutes (an unref'd timer).
    clearExpiredByTimeout: true,
    keyPrefix: 'account',
    points: policy.lockAfter,
    duration: policy.windowSeconds,
  })
  const clients = new RateLimiterPostgres({
    ...common,
    keyPrefix: 'client',
    points: policy.clientLockAfter,
    duration: policy.windowSeconds,
  })
  // A blocked key in here is the wait before the account's next try.
  const cooldowns = new RateLimiterPostgres({ ...common, keyPrefix: 'cooldown', points: 1, duration: 1 })

  const over = (res: RateLimiterRes | null, points: number) =>
    res && res.consumedPoints > points ? res.msBeforeNext : 0
  const key = (account: string) => account.trim().toLowerCase()

  return {
    async admit(account, client) {
      const [locked, cooling, address] = await Promise.all([
        accounts.get(key(account)),
        cooldowns.get(key(account)),
        clients.get(client),
      ])
      const waitMs = Math.max(over(locked, policy.lockAfter), over(cooling, 1), over(address, policy.clientLockAfter))
      if (waitMs > 0) throw signInRefused(waitMs / 1000)
    },
    async failed(account, client) {
      const [counted, address] = await Promise.all([accounts.penalty(key(account)), clients.penalty(client)])
      if (counted.consumedPoints >= policy.lockAfter) await accounts.block(key(account), policy.lockSeconds)
      else {
        const delay = delayAfter(counted.consumedPoints, policy)
        if (delay > 0) await cooldowns.block(key(account), delay)
      }
      if (address.consumedPoints >= policy.clientLockAfter) await clients.block(client, policy.lockSeconds)
    },
    async succeeded(account) {
      await Promise.all([accounts.delete(key(account)), cooldowns.delete(key(account))])
    },
  }
}
