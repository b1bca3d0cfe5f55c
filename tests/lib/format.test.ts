import { formatClock, formatDate, formatInstant, formatNumber, formatPercent, formatShortDate } from '@/lib/format'
import { seededRandom } from '@/core/seed/seeded-random'

// src/lib/format.ts writes each fixed zh-CN form out instead of asking Intl (whose first formatter costs the
// page 40–60 ms). Whatever the value, the text must be the one Intl gives.

const intl = {
  date: new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
  shortDate: new Intl.DateTimeFormat('zh-CN', { month: 'long', day: 'numeric', timeZone: 'UTC' }),
  instant: new Intl.DateTimeFormat('zh-CN', {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone: 'Asia/Shanghai',
  }),
  clock: new Intl.DateTimeFormat('zh-CN', {
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone: 'Asia/Shanghai',
  }),
  number: new Intl.NumberFormat('zh-CN'),
  percent: new Intl.NumberFormat('zh-CN', { style: 'percent', maximumFractionDigits: 0 }),
}

const rng = seededRandom(20261202)
const runs = 5000
const from = Date.UTC(1992, 0, 1)
const to = Date.UTC(2100, 0, 1)

describe('formatting, as Intl would', () => {
  it('writes calendar dates and short dates', () => {
    for (let n = 0; n < runs; n += 1) {
      const date = new Date(from + rng.next() * (to - from)).toISOString().slice(0, 10)
      const utc = new Date(`${date}T00:00:00Z`)
      expect(formatDate(date)).toBe(intl.date.format(utc))
      expect(formatShortDate(date)).toBe(intl.shortDate.format(utc))
    }
  })

  it('writes instants in China time, midnight and the turn of the year included', () => {
    const edges = [
      '2026-12-31T15:59:00Z',
      '2026-12-31T16:00:00Z',
      '2026-02-28T16:30:00.000Z',
      '2028-02-28T16:00:00+00:00',
      '2026-11-22T06:30:00+08:00',
    ]
    const random = Array.from({ length: runs }, () => new Date(from + rng.next() * (to - from)).toISOString())
    for (const instant of [...edges, ...random]) {
      expect(formatInstant(instant)).toBe(intl.instant.format(new Date(instant)))
      expect(formatClock(Date.parse(instant))).toBe(intl.clock.format(new Date(instant)))
    }
  })

  it('writes whole numbers with their thousands grouped, and other numbers through Intl', () => {
    const values = [0, 7, 999, 1000, -1000, 1260, 50_000, 1_234_567, Number.MAX_SAFE_INTEGER, 12.5, -0.25, 1234.5678]
    for (let n = 0; n < runs; n += 1) values.push(rng.int(-(10 ** rng.int(1, 12)), 10 ** rng.int(1, 12)))
    for (const value of values) expect(formatNumber(value)).toBe(intl.number.format(value))
    expect(formatNumber(-0)).toBe('0')
  })

  it('writes shares as whole percentages, halves rounded up', () => {
    const shares = [0, 1, 0.125, 0.5, 0.005, 0.015, 0.285, 0.995, 1.5, 12.345]
    for (let n = 0; n < runs; n += 1) {
      const total = rng.int(1, 50_000)
      shares.push(rng.int(0, total) / total, rng.next())
    }
    for (const share of shares) expect(formatPercent(share)).toBe(intl.percent.format(share))
  })
})
