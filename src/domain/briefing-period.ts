import { addDays, dateOf, type IsoDate } from './dates'
import type { ItemRecord } from './history'
import type { StruckOffItem } from './model/briefing'
import type { UpdatesByItem } from './stats'

// The briefing's period: the day it counts to, the last briefing's day, and the items struck off between
// them (GET /api/stats/struck-off). Pure: the dates are parameters.

// ---------------------------------------------------------------------------------------------------
// Dates

/** The last day of the month holding `date`. */
export function monthEnd(date: IsoDate): IsoDate {
  const [year, month] = date.split('-').map(Number) as [number, number]
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10)
}

export function isMonthEnd(date: IsoDate): boolean {
  return monthEnd(date) === date
}

/** The last briefing, unless another date is chosen: the end of the month before the one holding `asOf`. */
export function previousMonthEnd(asOf: IsoDate): IsoDate {
  return addDays(`${asOf.slice(0, 8)}01`, -1)
}

/** 2021-05-31 → 5月底, 2021-06-01 → 6月1日: how a briefing names the date it counts to. */
export function datePhrase(date: IsoDate): string {
  const month = Number(date.slice(5, 7))
  return isMonthEnd(date) ? `${month}月底` : `${month}月${Number(date.slice(8, 10))}日`
}

// ---------------------------------------------------------------------------------------------------
// Items struck off in a period (GET /api/stats/struck-off)

const none: readonly never[] = []

/**
 * The items struck off after the end of `since` up to the end of `asOf`, oldest strike-off first, with
 * the satisfaction results recorded on them by `asOf`. A strike-off is final, so their number is the
 * difference of `closed` in the stats as of the two dates.
 */
export function struckOffBetween(
  records: Iterable<ItemRecord>,
  updatesByItem: UpdatesByItem,
  since: IsoDate,
  asOf: IsoDate,
  filter: { unitId?: string | null; listId?: string | null } = {},
): StruckOffItem[] {
  const rows: StruckOffItem[] = []
  for (const record of records) {
    if (filter.unitId && record.unitId !== filter.unitId) continue
    if (filter.listId && record.listId !== filter.listId) continue
    let closedOn: IsoDate | null = null
    let surveyed = 0
    let satisfied = 0
    for (const update of updatesByItem.get(record.id) ?? none) {
      const on = dateOf(update.at)
      if (on > asOf) break
      if (update.kind === 'satisfaction') {
        surveyed += update.surveyed ?? 0
        satisfied += update.satisfied ?? 0
      }
      if (update.toStatus === 'closed') closedOn = on
    }
    if (closedOn === null || closedOn <= since) continue
    const { id, code, title, listId, unitId, key } = record
    rows.push({ id, code, title, listId, unitId, key, closedOn, surveyed, satisfied })
  }
  return rows.sort((a, b) =>
    a.closedOn < b.closedOn ? -1 : a.closedOn > b.closedOn ? 1 : a.code < b.code ? -1 : a.code > b.code ? 1 : 0,
  )
}
