import type { Context } from 'hono'
import { dateOf, type IsoDate } from '@/domain/dates'
import type { User } from '@/domain/model/user'
import type { Database, Queryable } from './db/database'
import { SessionCache } from './auth/session-cache'
import { unauthenticated } from './http/failure'
import { RateLimiter } from './http/rate-limit'
import type { Changes, Projection } from './store/projection'

export type ServerOptions = {
  /** `{userId}` sign-in without a password, for the demo users: development and the contract tests only. */
  demoSignIn: boolean
  /** Origins allowed to call with credentials (the Vite dev and preview servers by default). */
  corsOrigins: string[]
  /** Sets the Secure attribute on the session cookie (behind HTTPS). */
  secureCookies: boolean
  /** POST /api/__test/reset re-seeds the database: only for the contract suite's own server. */
  testHooks: boolean
  sessionDays: number
  /** Take the client's address from X-Forwarded-For (behind a reverse proxy). */
  trustProxy: boolean
}

/** Everything a route needs: the database (source of truth), the read projection, the clock. */
export type Backend = {
  db: Database
  projection: Projection
  options: ServerOptions
  now: () => Date
  today: () => IsoDate
  random: () => number
  rateLimiter: RateLimiter
  /** The sessions table, read through (auth/session-cache.ts). */
  sessions: SessionCache
  /** Runs a write in one transaction, then applies what it changed to the projection. */
  commit: <T extends { changes: Changes }>(work: (tx: Queryable) => Promise<T>) => Promise<T>
  /** Re-seeds everything (the test hook and `server:seed`). */
  reseed: () => Promise<void>
}

export type Env = { Variables: { backend: Backend; user: User | null; token: string | null } }
export type AppContext = Context<Env>

export function createBackend(
  db: Database,
  projection: Projection,
  options: ServerOptions,
  reseed: () => Promise<void>,
  now = () => new Date(),
): Backend {
  const sessions = new SessionCache()
  return {
    db,
    projection,
    options,
    now,
    today: () => dateOf(now()),
    random: Math.random,
    rateLimiter: new RateLimiter(options.trustProxy),
    sessions,
    async commit(work) {
      const result = await db.transaction(work)
      projection.apply(result.changes)
      return result
    },
    async reseed() {
      sessions.clear()
      await reseed()
    },
  }
}

export function requireUser(c: AppContext): User {
  const user = c.get('user')
  if (!user) throw unauthenticated()
  return user
}
