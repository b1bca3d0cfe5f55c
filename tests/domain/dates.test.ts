import { addDays, dateOf, daysBetween, instantOn, isIsoDate, minDate, weekStart } from '@/domain/dates'

describe('dateOf (China time, UTC+8)', () => {
  it.each([
    ['2026-03-01T15:59:59.999Z', '2026-03-01'],
    ['2026-03-01T16:00:00.000Z', '2026-03-02'],
    ['2026-03-01T00:00:00+08:00', '2026-03-01'],
    ['2026-02-28T23:59:00-08:00', '2026-03-01'],
    ['2025-12-31T16:00:00Z', '2026-01-01'],
  ])('%s is on %s', (instant, date) => {
    expect(dateOf(instant)).toBe(date)
  })

  it('accepts a Date as well as a string', () => {
    expect(dateOf(new Date('2026-06-30T16:30:00Z'))).toBe('2026-07-01')
  })
})

describe('instantOn', () => {
  it('is noon China time by default', () => {
    expect(instantOn('2026-03-01')).toBe('2026-03-01T04:00:00.000Z')
  })

  it('places an early-morning China time on the previous UTC day', () => {
    expect(instantOn('2026-03-01', 0, 0)).toBe('2026-02-28T16:00:00.000Z')
    expect(instantOn('2026-03-01', 23, 59)).toBe('2026-03-01T15:59:00.000Z')
  })

  it('round-trips through dateOf', () => {
    for (const [hour, minute] of [
      [0, 0],
      [7, 59],
      [8, 0],
      [23, 59],
    ] as const) {
      expect(dateOf(instantOn('2026-01-01', hour, minute))).toBe('2026-01-01')
    }
  })
})

describe('addDays', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-05-15', 0, '2026-05-15'],
    ['2026-01-01', 365, '2027-01-01'],
  ])('%s %+d days is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected)
  })
})

describe('daysBetween', () => {
  it.each([
    ['2026-01-01', '2026-01-01', 0],
    ['2026-01-01', '2026-01-02', 1],
    ['2026-01-02', '2026-01-01', -1],
    ['2026-02-01', '2026-03-01', 28],
    ['2028-02-01', '2028-03-01', 29],
    ['2026-12-25', '2027-01-05', 11],
    ['2026-01-01', '2026-04-11', 100],
  ])('from %s to %s is %d', (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected)
  })
})

describe('weekStart (Monday-based)', () => {
  // 2026-03-02 is a Monday.
  it.each([
    ['2026-03-02', 'Monday'],
    ['2026-03-03', 'Tuesday'],
    ['2026-03-04', 'Wednesday'],
    ['2026-03-05', 'Thursday'],
    ['2026-03-06', 'Friday'],
    ['2026-03-07', 'Saturday'],
    ['2026-03-08', 'Sunday'],
  ])('%s (%s) → 2026-03-02', (date) => {
    expect(weekStart(date)).toBe('2026-03-02')
  })

  it('the next Monday starts a new week', () => {
    expect(weekStart('2026-03-09')).toBe('2026-03-09')
  })

  it('crosses a year end', () => {
    expect(weekStart('2027-01-01')).toBe('2026-12-28')
  })
})

describe('isIsoDate', () => {
  it.each(['2026-02-28', '2028-02-29', '2026-12-31', '2026-01-01'])('accepts %s', (value) => {
    expect(isIsoDate(value)).toBe(true)
  })

  it.each([
    '2026-02-30',
    '2026-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-1-5',
    '2026/01/05',
    '2026-01-05T00:00:00Z',
    '',
    'today',
  ])('rejects %j', (value) => {
    expect(isIsoDate(value)).toBe(false)
  })
})

describe('minDate', () => {
  it('is the earlier date whichever comes first', () => {
    expect(minDate('2026-05-01', '2026-04-30')).toBe('2026-04-30')
    expect(minDate('2026-04-30', '2026-05-01')).toBe('2026-04-30')
  })
})
