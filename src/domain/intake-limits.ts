// What the public intake (the QR form and the receipt lookup) accepts from one client, the way a real
// server guards an endpoint anyone may call: a body size cap and a sliding-window rate limit.

export type RateRule = { limit: number; windowSeconds: number }

export const intakeLimits = {
  /** Bytes of a request body; more → 413. The text itself is capped by the schema (1000 characters). */
  maxBodyBytes: 8 * 1024,
  /** Demands one client may file. */
  submit: { limit: 5, windowSeconds: 10 * 60 },
  /** Receipt look-ups one client may make (receipt numbers are short: this keeps guessing slow). */
  lookup: { limit: 30, windowSeconds: 60 },
} as const

export type RateDecision = { ok: true; kept: number[] } | { ok: false; kept: number[]; retryAfterSeconds: number }

/**
 * Sliding window: `past` are the client's earlier accepted requests (epoch ms). Allowed → `kept` includes
 * this request; refused → how long until the oldest request in the window leaves it.
 */
export function rateCheck(past: readonly number[], nowMs: number, rule: RateRule): RateDecision {
  const windowMs = rule.windowSeconds * 1000
  const kept = past.filter((time) => time > nowMs - windowMs && time <= nowMs)
  if (kept.length < rule.limit) return { ok: true, kept: [...kept, nowMs] }
  const oldest = Math.min(...kept)
  return { ok: false, kept, retryAfterSeconds: Math.max(1, Math.ceil((oldest + windowMs - nowMs) / 1000)) }
}

/** The refusal a person reads, in whole minutes (at least one). */
export function rateLimitMessage(action: '提交' | '查询', retryAfterSeconds: number): string {
  return `${action}过于频繁，请 ${Math.max(1, Math.ceil(retryAfterSeconds / 60))} 分钟后再试`
}

export function bodyBytes(text: string): number {
  return new TextEncoder().encode(text).length
}
