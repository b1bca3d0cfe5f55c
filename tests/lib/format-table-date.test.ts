import { formatDateTime, formatTableDate } from '@/lib/format'

describe('dates in tables and stamps', () => {
  it('writes a date of today’s year without its year, and any other with it', () => {
    expect(formatTableDate('2026-11-22', '2026-12-07')).toBe('11月22日')
    expect(formatTableDate('2027-03-31', '2026-12-07')).toBe('2027年3月31日')
    expect(formatTableDate('2025-12-31', '2026-01-02')).toBe('2025年12月31日')
  })

  it('stamps an instant with its date and time in China time', () => {
    // 2026-12-07 23:50 UTC is 2026-12-08 07:50 in China.
    expect(formatDateTime(Date.parse('2026-12-07T23:50:00Z'))).toBe('2026年12月8日 07:50')
  })
})
