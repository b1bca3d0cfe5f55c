import { offersIntake } from '@/domain/public-intake'
import { emptyCounts } from '@/domain/stats'
import { checkAsOf } from '@/domain/as-of'
import { completionBandOf, standingOf } from '@/domain/wall-standing'

const counts = (total: number, done: number, overdue = 0, red = 0) => ({
  ...emptyCounts(),
  total,
  done,
  overdue,
  lights: { red, yellow: 0, green: total - done - red },
})

describe('the wall’s completion bands', () => {
  it('colours a completion bar by how much is done, not by what is overdue', () => {
    // 五沟矿 at 68 % with overdue items and 物业公司 at 29 % without: the lower rate is the lower band.
    expect(completionBandOf(counts(25, 17, 3, 3))).toBe('middle')
    expect(completionBandOf(counts(7, 2))).toBe('low')
    expect(completionBandOf(counts(10, 8, 2, 2))).toBe('high')
    expect(completionBandOf(counts(10, 5))).toBe('middle')
    expect(completionBandOf(counts(10, 4))).toBe('low')
    expect(completionBandOf(counts(0, 0))).toBe('low')
  })

  it('tells a set with no items from one with every item done', () => {
    expect(standingOf(counts(0, 0))).toBe('empty')
    expect(standingOf(counts(4, 4))).toBe('none')
    expect(standingOf(counts(4, 1, 1, 1))).toBe('red')
  })
})

describe('the as-of date', () => {
  it('accepts any day from the campaign’s start to today, and says which side another lies', () => {
    expect(checkAsOf('2026-09-08', '2026-09-08', '2026-12-07')).toBe('ok')
    expect(checkAsOf('2026-12-07', '2026-09-08', '2026-12-07')).toBe('ok')
    expect(checkAsOf('2026-05-31', '2026-09-08', '2026-12-07')).toBe('before-start')
    expect(checkAsOf('2026-12-08', '2026-09-08', '2026-12-07')).toBe('after-today')
  })
})

describe('the public board’s intake links', () => {
  it('offers the intake page of grassroots units', () => {
    expect(offersIntake({ kind: 'grassroots' })).toBe(true)
    expect(offersIntake({ kind: 'department' })).toBe(false)
  })
})
