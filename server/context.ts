import { dateOf, type IsoDate } from '@/domain/dates'
import type { ReadModel } from '@/core/read-model/read-model'
import type { SignInPolicy } from '@/core/sign-in-throttle'
import type { Core } from '@/core/use-case'
import type { Database } from './db/database'
import type { PgStore } from './store/pg-store'

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
  /**
   * Reverse proxies in front of the server that append to X-Forwarded-For (0: none). The client's address is
   * the entry that many hops from the right; entries further left are whatever the client sent.
   */
  trustProxy: number
  /** Sign-in throttling's numbers (src/core/sign-in-throttle.ts); tests shorten them. */
  signInPolicy?: Partial<SignInPolicy>
}

/** The server's side of the core: the database (source of truth), its store and read model, the clock. */
export type Backend = {
  db: Database
  store: PgStore
  read: ReadModel
  core: Core
  options: ServerOptions
  now: () => Date
  today: () => IsoDate
  /** Re-seeds everything (the test hook and `server:seed`). */
  reseed: () => Promise<void>
}

export function backendClock(now: () => Date = () => new Date()) {
  return { now, today: () => dateOf(now()) }
}
