import { BoardSchema } from '@/domain/model/board'
import { CategoryStatsResponseSchema } from '@/domain/model/category-stats'
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

describe('stats for the wall', () => {
  it('serves a list as compact columns, one entry per item, replayed to a date', async () => {
    const token = await signIn('leader-1')
    const board = expectOk(await call('GET', '/stats/board?list=double-hundred', { token }), BoardSchema)
    expect(board.id).toHaveLength(471)
    expect(board.key.filter(Boolean)).toHaveLength(100)
    expect(board.status.filter((s) => s === 'done' || s === 'closed')).toHaveLength(231)
    expect(new Set(board.unit.map((u) => board.units[u])).size).toBe(board.units.length)
    const before = expectOk(
      await call('GET', `/stats/board?list=double-hundred&asOf=${inDays(-30)}`, { token }),
      BoardSchema,
    )
    expect(before.status.filter((s) => s === 'done' || s === 'closed').length).toBeLessThan(231)
    expectError(await call('GET', '/stats/board', { token }), 400, 'bad_request')
    expectError(await call('GET', '/stats/board?list=nope', { token }), 400, 'bad_request')
    expectError(await call('GET', '/stats/board?list=double-hundred'), 401, 'unauthenticated')
  })

  it('serves counts per category that add up to the list', async () => {
    const token = await signIn('leader-1')
    const answer = expectOk(
      await call('GET', '/stats/categories?list=double-hundred', { token }),
      CategoryStatsResponseSchema,
    )
    expect(answer.categories.reduce((sum, c) => sum + c.total, 0)).toBe(471)
    expect(answer.categories.reduce((sum, c) => sum + c.done, 0)).toBe(231)
    expectError(await call('GET', `/stats/categories?asOf=${inDays(1)}`, { token }), 400, 'bad_request')
  })
})
