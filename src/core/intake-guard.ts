import { intakeLimits, rateCheck, rateLimitMessage, type RateDecision } from '@/domain/intake-limits'
import { HttpFailure } from './failure'

export type GuardedAction = 'submit' | 'lookup'

/** The 429 a person reads, with Retry-After. */
export function rateLimited(action: GuardedAction, retryAfterSeconds: number): HttpFailure {
  const message = rateLimitMessage(action === 'submit' ? '提交' : '查询', retryAfterSeconds)
  return new HttpFailure('rate_limited', message, undefined, undefined, { 'Retry-After': String(retryAfterSeconds) })
}

/**
 * Sliding windows per client and action for what anyone may call without a session (the domain's limits).
 * The client is an address the transport names (its peer, or the entry of X-Forwarded-For the configured
 * number of trusted proxies away).
 *
 * Both are checked here before the request is read (a cheap refusal, per process). What holds is the count of
 * filed demands, taken where the demand is written, in the same transaction (`WriteTx.claimFiling`): on the
 * server in the database, on the mock in these windows (`peekFiling`/`recordFiling`; the memory store's
 * transactions run one at a time), so neither slow bodies nor concurrent posts nor a second server get past it.
 */
export class IntakeGuard {
  private readonly windows = new Map<string, number[]>()

  /**
   * Throws 429 (with Retry-After) when the client is over its limit for the action. Look-ups count every
   * try (a 404 is what guessing costs); submissions are counted by `countFiled`.
   */
  check(client: string, action: GuardedAction, nowMs: number): void {
    const key = `${action}:${client}`
    const decision = rateCheck(this.windows.get(key) ?? [], nowMs, intakeLimits[action])
    if (action === 'lookup' || !decision.ok) this.windows.set(key, decision.kept)
    if (!decision.ok) throw rateLimited(action, decision.retryAfterSeconds)
  }

  /** Counts a submission against the client's limit. */
  countFiled(client: string, nowMs: number): void {
    this.count(`submit:${client}`, nowMs)
  }

  /** Whether the client may file one more demand now (the memory store's `claimFiling`; nothing counted). */
  peekFiling(client: string, nowMs: number): RateDecision {
    // Filings of requests that started later but were written first count too.
    const filed = (this.windows.get(`filed:${client}`) ?? []).map((at) => Math.min(at, nowMs))
    return rateCheck(filed, nowMs, intakeLimits.submit)
  }

  /** Counts a filed demand (the memory store, on commit). */
  recordFiling(client: string, nowMs: number): void {
    this.count(`filed:${client}`, nowMs)
  }

  private count(key: string, nowMs: number): void {
    const unlimited = { ...intakeLimits.submit, limit: Number.POSITIVE_INFINITY }
    this.windows.set(key, rateCheck(this.windows.get(key) ?? [], nowMs, unlimited).kept)
  }

  clear(): void {
    this.windows.clear()
  }
}
