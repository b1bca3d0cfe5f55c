import { bodyBytes, intakeLimits, rateCheck, rateLimitMessage } from '@/domain/intake-limits'

const rule = { limit: 2, windowSeconds: 60 }

describe('rateCheck', () => {
  it('allows up to the limit within the window and keeps the request', () => {
    expect(rateCheck([], 1_000, rule)).toEqual({ ok: true, kept: [1_000] })
    expect(rateCheck([1_000], 2_000, rule)).toEqual({ ok: true, kept: [1_000, 2_000] })
  })

  it('refuses over the limit, until the oldest request leaves the window', () => {
    expect(rateCheck([1_000, 2_000], 3_000, rule)).toEqual({ ok: false, kept: [1_000, 2_000], retryAfterSeconds: 58 })
    expect(rateCheck([1_000, 2_000], 61_000, rule)).toEqual({ ok: true, kept: [2_000, 61_000] })
  })

  it('waits at least one second', () => {
    expect(rateCheck([1_000, 2_000], 60_999, rule)).toMatchObject({ ok: false, retryAfterSeconds: 1 })
  })

  it('the intake limits are what the QR form promises', () => {
    expect(intakeLimits.submit).toEqual({ limit: 5, windowSeconds: 600 })
    expect(intakeLimits.maxBodyBytes).toBe(8192)
  })
})

describe('rateLimitMessage', () => {
  it('says when to try again in whole minutes, at least one', () => {
    expect(rateLimitMessage('提交', 10)).toBe('提交过于频繁，请 1 分钟后再试')
    expect(rateLimitMessage('查询', 121)).toBe('查询过于频繁，请 3 分钟后再试')
  })
})

describe('bodyBytes', () => {
  it('counts UTF-8 bytes, three for a Chinese character', () => {
    expect(bodyBytes('ab')).toBe(2)
    expect(bodyBytes('食堂')).toBe(6)
  })
})
