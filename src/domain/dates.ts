// Calendar dates are `YYYY-MM-DD` strings in the campaign's time zone (China Standard Time, UTC+8,
// no daylight saving). Comparing two such strings lexicographically compares the dates.
// No function here reads the clock: callers pass `now` or `today` in.

export type IsoDate = string

const CST_OFFSET_MS = 8 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000

/** The instant moved by China's offset: its UTC fields (getUTCHours, …) read as China wall-clock time. */
export function chinaClock(instant: Date | string | number): Date {
  const ms =
    typeof instant === 'string' ? Date.parse(instant) : typeof instant === 'number' ? instant : instant.getTime()
  return new Date(ms + CST_OFFSET_MS)
}

/** The calendar date (China time) of an instant. */
export function dateOf(instant: Date | string): IsoDate {
  return chinaClock(instant).toISOString().slice(0, 10)
}

/** Noon, China time, on the given date: a stable instant for records dated to a day. */
export function instantOn(date: IsoDate, hour = 12, minute = 0): string {
  const ms = Date.parse(`${date}T00:00:00Z`) - CST_OFFSET_MS + (hour * 60 + minute) * 60 * 1000
  return new Date(ms).toISOString()
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS)
}

/** Monday of the week holding `date`. */
export function weekStart(date: IsoDate): IsoDate {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay() // 0 = Sunday
  return addDays(date, -((weekday + 6) % 7))
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const parsed = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b
}
