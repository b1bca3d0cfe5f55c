import { intakeLimits, rateCheck, rateLimitMessage } from '@/domain/intake-limits'
import { HttpFailure } from './failure'

export type GuardedAction = 'submit' | 'lookup'

/**
 * Sliding windows per client and action for what anyone may call without a session (the domain's limits).
 * The client is an address the transport names (its peer, or the proxy's X-Forwarded-For where trusted).
 */
export class IntakeGuard {
  private readonly windows = new Map<string, number[]>()

  /**
   * Throws 429 (with Retry-After) when the client is over its limit for the action. Look-ups count every
   * try (a 404 is what guessing costs); submissions count once filed (`countFiled`).
   */
  check(client: string, action: GuardedAction, nowMs: number): void {
    const key = `${action}:${client}`
    const decision = rateCheck(this.windows.get(key) ?? [], nowMs, intakeLimits[action])
    if (action === 'lookup' || !decision.ok) this.windows.set(key, decision.kept)
    if (decision.ok) return
    const message = rateLimitMessage(action === 'submit' ? '提交' : '查询', decision.retryAfterSeconds)
    throw new HttpFailure('rate_limited', message, undefined, undefined, {
      'Retry-After': String(decision.retryAfterSeconds),
    })
  }

  /** Counts a filed submission against the client's limit. */
  countFiled(client: string, nowMs: number): void {
    const key = `submit:${client}`
    const unlimited = { ...intakeLimits.submit, limit: Number.POSITIVE_INFINITY }
    this.windows.set(key, rateCheck(this.windows.get(key) ?? [], nowMs, unlimited).kept)
  }

  clear(): void {
    this.windows.clear()
  }
}
