import { addDays } from '@/domain/dates'
import { expectedProgress, isOverdue, lightOf, lightOrder, lightRule, type LightInput } from '@/domain/light'
import { at } from './fixtures'

// A 100-day schedule: created 2026-01-01, due 2026-04-11, so on day N the schedule expects N %.
const created = '2026-01-01'
const deadline = '2026-04-11'
const day = (n: number) => addDays(created, n)
const input = (overrides: Partial<LightInput> = {}): LightInput => ({
  status: 'in_progress',
  progress: 40,
  deadline,
  createdAt: at(created),
  ...overrides,
})

describe('the rule constants', () => {
  it('are the thresholds written in the OpenAPI description', () => {
    expect(lightRule).toEqual({
      redGap: 30,
      yellowGap: 15,
      redStaleDays: 30,
      yellowStaleDays: 14,
      dueSoonDays: 14,
      dueSoonProgress: 80,
    })
  })

  it('order red, yellow, green, none', () => {
    expect(lightOrder.red).toBeLessThan(lightOrder.yellow)
    expect(lightOrder.yellow).toBeLessThan(lightOrder.green)
    expect(lightOrder.green).toBeLessThan(lightOrder.none)
  })
})

describe('lightOf', () => {
  it('a schedule on track with recent activity is green (the baseline for the edges below)', () => {
    expect(lightOf(input(), day(40), day(40))).toBe('green')
  })

  describe('finished work has no light', () => {
    it.each(['done', 'closed'] as const)(
      '%s → none, even far past the deadline and with nothing reported',
      (status) => {
        expect(lightOf(input({ status, progress: 0 }), null, '2027-01-01')).toBe('none')
      },
    )
  })

  describe('the deadline', () => {
    it('due today with progress on track is not overdue', () => {
      const today = deadline
      expect(isOverdue(input(), today)).toBe(false)
      expect(lightOf(input({ progress: 100 }), today, today)).toBe('green')
    })

    it('due yesterday is overdue and red, whatever the progress', () => {
      const today = addDays(deadline, 1)
      expect(isOverdue(input(), today)).toBe(true)
      expect(lightOf(input({ progress: 99 }), today, today)).toBe('red')
    })

    it.each(['done', 'closed'] as const)('a %s item is never overdue', (status) => {
      expect(isOverdue(input({ status }), '2027-01-01')).toBe(false)
    })

    it('a planned item is overdue too', () => {
      expect(isOverdue(input({ status: 'planned' }), addDays(deadline, 1))).toBe(true)
    })
  })

  describe('the schedule gap (expected − progress)', () => {
    // Day 40 expects 40 %.
    it.each([
      [25, 15, 'green'],
      [24, 16, 'yellow'],
      [10, 30, 'yellow'],
      [9, 31, 'red'],
    ] as const)('progress %d (gap %d) → %s', (progress, gap, light) => {
      expect(expectedProgress(input(), day(40)) - progress).toBe(gap)
      expect(lightOf(input({ progress }), day(40), day(40))).toBe(light)
    })
  })

  describe('days since the last activity', () => {
    it.each([
      [14, 'green'],
      [15, 'yellow'],
      [30, 'yellow'],
      [31, 'red'],
    ] as const)('%d days → %s', (stale, light) => {
      const today = day(50)
      expect(lightOf(input({ progress: 50 }), addDays(today, -stale), today)).toBe(light)
    })

    it('with no activity at all, counts from the creation date (China time)', () => {
      // Created at 2025-12-31 20:00 UTC, which is 2026-01-01 04:00 in China.
      const record = input({ progress: 20, createdAt: '2025-12-31T20:00:00Z' })
      expect(lightOf(record, null, day(14))).toBe('green')
      expect(lightOf(record, null, day(15))).toBe('yellow')
      expect(lightOf(record, null, day(30))).toBe('yellow')
      expect(lightOf(input({ progress: 40, createdAt: '2025-12-31T20:00:00Z' }), null, day(31))).toBe('red')
    })

    it('a recent activity overrides an old creation date', () => {
      expect(lightOf(input({ progress: 20 }), day(15), day(15))).toBe('green')
    })
  })

  describe('due soon with little progress', () => {
    it.each([
      [14, 79, 'yellow'],
      [14, 80, 'green'],
      [15, 79, 'green'],
      [15, 80, 'green'],
      [7, 79, 'yellow'],
      [0, 85, 'green'],
    ] as const)('due in %d days with progress %d → %s', (daysLeft, progress, light) => {
      const today = addDays(deadline, -daysLeft)
      // The schedule gap stays under the yellow threshold in every row, so only "due soon" decides.
      expect(expectedProgress(input(), today) - progress).toBeLessThanOrEqual(15)
      expect(lightOf(input({ progress }), today, today)).toBe(light)
    })
  })

  it('red wins over yellow', () => {
    // Gap 31 and due in 14 days with progress under 80.
    const today = addDays(deadline, -14)
    expect(lightOf(input({ progress: 55 }), today, today)).toBe('red')
  })

  it('a planned item follows the same rule', () => {
    expect(lightOf(input({ status: 'planned', progress: 0 }), null, day(10))).toBe('green')
    expect(lightOf(input({ status: 'planned', progress: 0 }), null, day(16))).toBe('yellow')
  })
})

describe('expectedProgress', () => {
  it.each([
    [0, 0],
    [1, 1],
    [50, 50],
    [100, 100],
  ])('day %d expects %d %%', (n, expected) => {
    expect(expectedProgress(input(), day(n))).toBe(expected)
  })

  it('clamps to 0 before the creation date', () => {
    expect(expectedProgress(input(), addDays(created, -10))).toBe(0)
  })

  it('clamps to 100 after the deadline', () => {
    expect(expectedProgress(input(), addDays(deadline, 30))).toBe(100)
  })

  it('rounds to a whole number', () => {
    // 1 day of a 3-day schedule.
    expect(expectedProgress({ createdAt: at('2026-01-01'), deadline: '2026-01-04' }, '2026-01-02')).toBe(33)
  })

  it('a deadline on the creation day (or before it) does not divide by zero', () => {
    expect(expectedProgress({ createdAt: at('2026-01-01'), deadline: '2026-01-01' }, '2026-01-01')).toBe(0)
    expect(expectedProgress({ createdAt: at('2026-01-01'), deadline: '2026-01-01' }, '2026-01-02')).toBe(100)
    expect(expectedProgress({ createdAt: at('2026-01-10'), deadline: '2026-01-01' }, '2026-01-05')).toBe(0)
  })

  it('uses the China-time creation date', () => {
    // 2026-01-01 16:30 UTC is already 2026-01-02 in China: day 0 of the schedule, not day 1.
    expect(expectedProgress({ createdAt: '2026-01-01T16:30:00Z', deadline: '2026-04-12' }, '2026-01-02')).toBe(0)
  })
})
