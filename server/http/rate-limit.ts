import type { Context } from 'hono'
import { getConnInfo } from '@hono/node-server/conninfo'
import { intakeLimits, rateCheck, rateLimitMessage } from '@/domain/intake-limits'
import { HttpFailure } from './failure'

type Action = 'submit' | 'lookup'

/** Sliding windows per client and action for what anyone may call without a session (the domain's limits). */
export class RateLimiter {
  private readonly windows = new Map<string, number[]>()
  constructor(private readonly trustProxy: boolean) {}

  clientOf(c: Context): string {
    if (this.trustProxy) {
      const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim()
      if (forwarded) return forwarded
    }
    try {
      return getConnInfo(c).remote.address ?? 'unknown'
    } catch {
      return 'unknown'
    }
  }

  /**
   * Throws 429 (with Retry-After) when the client is over its limit for the action. Look-ups count every
   * try (a 404 is what guessing costs); submissions count once filed (`countFiled`), as on the mock.
   */
  check(c: Context, action: Action, nowMs: number): void {
    const key = `${action}:${this.clientOf(c)}`
    const decision = rateCheck(this.windows.get(key) ?? [], nowMs, intakeLimits[action])
    if (action === 'lookup' || !decision.ok) this.windows.set(key, decision.kept)
    if (decision.ok) return
    c.header('Retry-After', String(decision.retryAfterSeconds))
    throw new HttpFailure(
      'rate_limited',
      rateLimitMessage(action === 'submit' ? '提交' : '查询', decision.retryAfterSeconds),
    )
  }

  /** Counts a filed submission against the client's limit. */
  countFiled(c: Context, nowMs: number): void {
    const key = `submit:${this.clientOf(c)}`
    const decision = rateCheck(this.windows.get(key) ?? [], nowMs, {
      ...intakeLimits.submit,
      limit: Number.POSITIVE_INFINITY,
    })
    this.windows.set(key, decision.kept)
  }

  clear(): void {
    this.windows.clear()
  }
}
