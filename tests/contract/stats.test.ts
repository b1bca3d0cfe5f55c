import { SummarySchema, TrendSchema, UnitStatsResponseSchema } from '@/domain/model/stats'
import { call, expectError, expectOk, signIn } from './harness'
import { inDays } from './fixtures'

describe('stats', () => {
  it('summarises the seeded campaign as of today', async () => {
    const token = await signIn('leader-1')
    const summary = expectOk(await call('GET', '/stats/summary', { token }), SummarySchema)
    const list = (id: string) => summary.lists.find((l) => l.listId === id)!
    expect(list('eight')).toMatchObject({ total: 8, inProgress: 8, done: 0 })
    expect(list('n').done).toBe(10)
    expect(list('double-hundred')).toMatchObject({ total: 471, done: 231, keyTotal: 100, keyDone: 34 })
    expect(summary.demands.total).toBe(467)
  })

  it('shows fewer done as of an earlier date; refuses a future or malformed date', async () => {
    const token = await signIn('leader-1')
    const now = expectOk(await call('GET', '/stats/summary', { token }), SummarySchema)
    const before = expectOk(await call('GET', `/stats/summary?asOf=${inDays(-30)}`, { token }), SummarySchema)
    expect(before.asOf).toBe(inDays(-30))
    const done = (s: typeof now) => s.lists.find((l) => l.listId === 'double-hundred')!.done
    expect(done(before)).toBeLessThan(done(now))
    expectError(await call('GET', `/stats/summary?asOf=${inDays(1)}`, { token }), 400, 'bad_request')
    expectError(await call('GET', '/stats/summary?asOf=2026-02-30', { token }), 400, 'bad_request')
    expectError(await call('GET', '/stats/summary'), 401, 'unauthenticated')
  })

  it('serves per-unit figures that add up to the list', async () => {
    const token = await signIn('leader-1')
    const units = expectOk(await call('GET', '/stats/units?list=double-hundred', { token }), UnitStatsResponseSchema)
    expect(units.units.reduce((sum, u) => sum + u.total, 0)).toBe(471)
    expect(units.units.reduce((sum, u) => sum + u.done, 0)).toBe(231)
    expectError(await call('GET', '/stats/units?list=nope', { token }), 400, 'bad_request')
  })

  it('serves a weekly cumulative trend ending at the list total done', async () => {
    const token = await signIn('leader-1')
    const trend = expectOk(await call('GET', '/stats/trend?list=double-hundred', { token }), TrendSchema)
    expect(trend.weeks.length).toBeGreaterThanOrEqual(12)
    const done = trend.weeks.map((w) => w.done)
    expect(done).toEqual([...done].sort((a, b) => a - b))
    expect(done.at(-1)).toBe(231)
  })
})
