import { isIsoDate, type IsoDate } from '@/domain/dates'

// Dates as people type them into a spreadsheet: 2026-09-30, 2026/9/30, 2026.9.30, 2026年9月30日,
// or a date cell (an Excel serial number when the cell has no date format).

const written = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/
const excelEpochMs = Date.UTC(1899, 11, 30)

/** The ISO date the text names, or the trimmed text unchanged when it names none (the review refuses it). */
export function sheetDate(text: string): IsoDate {
  const trimmed = text.trim()
  const match = written.exec(trimmed)
  if (match) {
    const [, year, month, day] = match
    const iso = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`
    return isIsoDate(iso) ? iso : trimmed
  }
  if (/^\d{5}(\.0+)?$/.test(trimmed)) {
    const serial = Number(trimmed)
    if (serial > 20000 && serial < 80000) return new Date(excelEpochMs + serial * 86_400_000).toISOString().slice(0, 10)
  }
  return trimmed
}
