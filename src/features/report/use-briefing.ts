import { useQueries, useQuery } from '@tanstack/react-query'
import { struckOffQuery } from '@/api/briefing'
import { campaignQuery } from '@/api/campaign'
import { itemsQuery } from '@/api/items'
import { summaryQuery, unitStatsQuery } from '@/api/stats'
import { unitsQuery } from '@/api/units'
import { buildBriefing, previousMonthEnd, type Briefing } from '@/domain/briefing'
import type { Unit } from '@/domain/model/unit'
import type { QueryLike } from '@/components/query-fallback'
import type { BriefingParams } from './briefing-params'

/** How many overdue items the briefing lists (longest overdue first); the rest are in the ledger. */
export const overdueShown = 200
/** How many red-listed items it names (longest overdue first); the rest are in the ledger. */
export const redListShown = 200

export type BriefingState = {
  briefing: Briefing | undefined
  units: readonly Unit[]
  /** The unit of the address, if it names one that exists. */
  unitId: string | undefined
  /** The last briefing's day in use, once the as-of date is known. */
  since: string | undefined
  /** The address's `since` was after the as-of date, so the previous month-end is used. */
  sinceIgnored: boolean
  queries: QueryLike[]
}

/** Everything the briefing needs from the stats endpoints as of the date, put together by the domain. */
export function useBriefing(params: BriefingParams): BriefingState {
  const { asOf } = params
  const campaign = useQuery(campaignQuery())
  const units = useQuery(unitsQuery())
  const summary = useQuery(summaryQuery(asOf))
  const unitStats = useQueries({
    queries: (campaign.data?.lists ?? []).map((list) => unitStatsQuery({ list: list.id, asOf })),
  })

  const unitList = units.data?.items ?? []
  const unitId = params.unit && unitList.some((unit) => unit.id === params.unit) ? params.unit : undefined
  const unitsKnown = units.data !== undefined
  const day = asOf ?? summary.data?.asOf
  const sinceIgnored = params.since !== undefined && day !== undefined && params.since > day
  const since = day === undefined ? undefined : params.since && !sinceIgnored ? params.since : previousMonthEnd(day)

  const overdue = useQuery({
    ...itemsQuery({
      overdue: true,
      asOf,
      unit: unitId ? [unitId] : undefined,
      sort: 'deadline',
      pageSize: overdueShown,
    }),
    enabled: unitsKnown,
  })
  const redList = useQuery({
    ...itemsQuery({
      redList: true,
      asOf,
      unit: unitId ? [unitId] : undefined,
      sort: 'deadline',
      pageSize: redListShown,
    }),
    enabled: unitsKnown,
  })
  const struckOff = useQuery({
    ...struckOffQuery({ since: since ?? '', asOf, unit: unitId }),
    enabled: unitsKnown && since !== undefined,
  })

  const queries: QueryLike[] = [campaign, units, summary, ...unitStats, overdue, redList, struckOff]
  const ready =
    campaign.data &&
    units.data &&
    summary.data &&
    overdue.data &&
    redList.data &&
    struckOff.data &&
    since !== undefined &&
    unitStats.every((query) => query.data !== undefined)
  const briefing = ready
    ? buildBriefing({
        campaign: campaign.data,
        units: unitList,
        asOf: summary.data.asOf,
        since,
        unitId: unitId ?? null,
        summary: summary.data,
        unitStats: unitStats.flatMap((query) => (query.data ? [query.data] : [])),
        overdue: overdue.data,
        redList: redList.data,
        struckOff: struckOff.data.items,
        demands: struckOff.data.demands,
      })
    : undefined
  return { briefing, units: unitList, unitId, since, sinceIgnored, queries }
}
