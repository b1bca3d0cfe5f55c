// Dates, numbers and percentages as a Chinese reader expects them. Calendar dates (YYYY-MM-DD) are
// formatted as written, whatever the device's time zone; instants are shown in China time.

const dateFormat = new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })
const shortDateFormat = new Intl.DateTimeFormat('zh-CN', { month: 'long', day: 'numeric', timeZone: 'UTC' })
const instantFormat = new Intl.DateTimeFormat('zh-CN', {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
  timeZone: 'Asia/Shanghai',
})
const numberFormat = new Intl.NumberFormat('zh-CN')
const percentFormat = new Intl.NumberFormat('zh-CN', { style: 'percent', maximumFractionDigits: 0 })

const asUtcDay = (date: string) => new Date(`${date}T00:00:00Z`)

/** 2026-11-22 → 2026年11月22日 */
export function formatDate(date: string): string {
  return dateFormat.format(asUtcDay(date))
}

/** 2026-11-22 → 11月22日, for dense tables. */
export function formatShortDate(date: string): string {
  return shortDateFormat.format(asUtcDay(date))
}

/** An ISO instant → 2026/11/22 14:30 in China time. */
export function formatInstant(instant: string): string {
  return instantFormat.format(new Date(instant))
}

/** 1260 → 1,260 */
export function formatNumber(value: number): string {
  return numberFormat.format(value)
}

/** A share 0–1 → 49% */
export function formatPercent(share: number): string {
  return percentFormat.format(share)
}
