import type { IsoDate } from '@/domain/dates'
import { badRequest, validation } from '../failure'
import type { ReadModel } from '../read-model/read-model'

// The checks several queries share, with their one message each.

/** The as-of date asked for: never after today (400); undefined when it is today or absent. */
export function pastDate(asOf: IsoDate | undefined, today: IsoDate): IsoDate | undefined {
  if (asOf && asOf > today) throw badRequest('查询日期不能晚于今天')
  return asOf && asOf < today ? asOf : undefined
}

/** A period: `since` not after `asOf` (400). */
export function checkPeriod(since: IsoDate, asOf: IsoDate): void {
  if (since > asOf) throw badRequest('起始日期不能晚于截止日期')
}

/** A query's list and unit filters must name a list of the campaign and a known unit (400). */
export function checkFilters(read: ReadModel, filters: { list?: string | undefined; unit?: string | undefined }): void {
  if (filters.unit && !read.units.some((unit) => unit.id === filters.unit))
    throw badRequest(`未知的单位：${filters.unit}`)
  if (filters.list && !read.campaign.lists.some((list) => list.id === filters.list))
    throw badRequest(`未知的清单：${filters.list}`)
}

/** A demand filed for a unit that exists (422). */
export function checkDemandUnit(read: ReadModel, unitId: string): void {
  if (!read.units.some((unit) => unit.id === unitId)) throw validation({ unitId: '未知的单位' })
}
