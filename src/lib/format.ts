// Dates, numbers and percentages as a Chinese reader expects them. Calendar dates (YYYY-MM-DD) are
// formatted as written, whatever the device's time zone; instants are shown in China time.
//
// Written out rather than asked of Intl: a page's first Intl formatter costs Chromium 40–60 ms of main
// thread (loading ICU's locale data), and the wall's first render formats numbers, dates and instants. Each
// has one fixed zh-CN form; tests/lib/format.test.ts checks every function against Intl's own output over
// random values. China time is the domain's (src/domain/dates.ts). Intl stays for what is not a fixed
// form: sorting Chinese names (Intl.Collator) and a number with a fraction.

import { chinaClock } from '@/domain/dates'

const grouped = (digits: string) => digits.replace(/\B(?=(\d{3})+$)/g, ',')

/** 2026-11-22 → 2026年11月22日 */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number)
  return `${year}年${month}月${day}日`
}

/** 2026-11-22 → 11月22日, for dense tables. */
export function formatShortDate(date: string): string {
  const [, month, day] = date.split('-').map(Number)
  return `${month}月${day}日`
}

const twoDigits = (value: number) => String(value).padStart(2, '0')
const clockOf = (local: Date) => `${twoDigits(local.getUTCHours())}:${twoDigits(local.getUTCMinutes())}`

/** An ISO instant → 2026/11/22 14:30 in China time. */
export function formatInstant(instant: string): string {
  const local = chinaClock(instant)
  return `${local.getUTCFullYear()}/${local.getUTCMonth() + 1}/${local.getUTCDate()} ${clockOf(local)}`
}

/** An instant (ms or Date) → 14:30 in China time, for "as of" clocks. */
export function formatClock(instant: number | Date): string {
  return clockOf(chinaClock(instant))
}

let fractionFormat: Intl.NumberFormat | undefined

/** 1260 → 1,260 (and −0 → 0, where Intl writes -0). */
export function formatNumber(value: number): string {
  if (!Number.isInteger(value)) return (fractionFormat ??= new Intl.NumberFormat('zh-CN')).format(value)
  return value < 0 ? `-${grouped(String(-value))}` : grouped(String(value))
}

/**
 * A share 0–1 → 49%. Intl rounds the shortest decimal that reads back as the share (0.285 → 29%, although
 * the double is a hair under 0.285); 15 significant digits of the product give that decimal.
 */
export function formatPercent(share: number): string {
  const percent = Math.round(Number((Math.abs(share) * 100).toPrecision(15)))
  return `${share < 0 && percent !== 0 ? '-' : ''}${grouped(String(percent))}%`
}

/**
 * A calendar date in a dense table: 11月22日 within today's year, 2025年11月22日 in any other, so that a
 * deadline never reads as a day of the wrong year. The one place tables write their dates.
 */
export function formatTableDate(date: string, today: string): string {
  return date.slice(0, 4) === today.slice(0, 4) ? formatShortDate(date) : formatDate(date)
}

/** An instant (ms or Date) → 2026年11月22日 14:30 in China time, for a stamp read from across a room. */
export function formatDateTime(instant: number | Date): string {
  const local = chinaClock(instant)
  return `${local.getUTCFullYear()}年${local.getUTCMonth() + 1}月${local.getUTCDate()}日 ${clockOf(local)}`
}
