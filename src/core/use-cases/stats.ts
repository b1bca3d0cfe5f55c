import type { getStruckOff } from '@/contract/briefing'
import type { getBoard, getCategoryStats, getSummary, getTrend, getUnitStats } from '@/contract/stats'
import type { getSupervisionQueue } from '@/contract/supervision'
import { struckOffBetween } from '@/domain/briefing'
import { briefingDemands } from '@/domain/briefing-demands'
import type { IsoDate } from '@/domain/dates'
import { snapshotAt } from '@/domain/history'
import type { StatsQuery } from '@/domain/model/stats-query'
import { boardOf, statsByCategory, statsByUnit, summarize, trend } from '@/domain/stats'
import { tallyBoard, tallyCategories, tallySummary, tallyTrend, tallyUnits } from '@/domain/stats-tally'
import { queueFor } from '@/domain/supervision-queue'
import { badRequest } from '../failure'
import { pageSlice } from '../paging'
import type { ReadModel } from '../read-model/read-model'
import type { UseCase } from '../use-case'
import { checkFilters, checkPeriod, pastDate } from './query-checks'

// Every answer is computed by the domain from the read model once per change and kept until the next write
// (ReadModel.cached). Today's figures come from the tally it keeps per write (ReadModel.statsToday), so the
// first request after a write does not replay every item either; earlier dates are computed in full.

type Asked = { read: ReadModel; query: StatsQuery; today: IsoDate }

function statsQuery({ read, query, today }: Asked) {
  pastDate(query.asOf, today)
  checkFilters(read, { list: query.list })
  return { asOf: query.asOf ?? today, listId: query.list ?? null, today }
}

export const getSummaryCase: UseCase<typeof getSummary> = (context) => {
  const { asOf, today } = statsQuery(context)
  const { read } = context
  return read.cached(`summary:${asOf}`, today, () =>
    asOf === today
      ? tallySummary(read.campaign, read.statsToday(today))
      : summarize(read.campaign, read.items.values(), read.updatesByItem, read.demands.values(), asOf),
  )
}

export const getUnitStatsCase: UseCase<typeof getUnitStats> = (context) => {
  const { asOf, listId, today } = statsQuery(context)
  const { read } = context
  return read.cached(`units:${listId}:${asOf}`, today, () => ({
    asOf,
    listId,
    units:
      asOf === today
        ? tallyUnits(read.statsToday(today), listId)
        : statsByUnit(read.items.values(), read.updatesByItem, listId, asOf),
  }))
}

export const getTrendCase: UseCase<typeof getTrend> = (context) => {
  const { asOf, listId, today } = statsQuery(context)
  const { read } = context
  return read.cached(`trend:${listId}:${asOf}`, today, () =>
    asOf === today
      ? tallyTrend(read.statsToday(today), listId)
      : trend(read.campaign, read.items.values(), read.updatesByItem, listId, asOf),
  )
}

export const getCategoryStatsCase: UseCase<typeof getCategoryStats> = (context) => {
  const { asOf, listId, today } = statsQuery(context)
  const { read } = context
  return read.cached(`categories:${listId}:${asOf}`, today, () => ({
    asOf,
    listId,
    categories:
      asOf === today
        ? tallyCategories(read.statsToday(today), listId)
        : statsByCategory(read.items.values(), read.updatesByItem, listId, asOf),
  }))
}

export const getBoardCase: UseCase<typeof getBoard> = (context) => {
  const { asOf, listId, today } = statsQuery(context)
  if (listId === null) throw badRequest('请指定清单（list）')
  const { read } = context
  return read.cached(`board:${listId}:${asOf}`, today, () =>
    asOf === today
      ? tallyBoard(read.statsToday(today), listId, read.items.values(), read.updatesByItem)
      : boardOf(read.items.values(), read.updatesByItem, listId, asOf),
  )
}

/** What the briefing (通报) needs beyond the figures: the items struck off in a period. */
export const getStruckOffCase: UseCase<typeof getStruckOff> = ({ read, query, today }) => {
  const asOf = query.asOf ?? today
  pastDate(asOf, today)
  checkPeriod(query.since, asOf)
  checkFilters(read, query)
  const filter = { unitId: query.unit ?? null, listId: query.list ?? null }
  return {
    since: query.since,
    asOf,
    ...filter,
    items: struckOffBetween(read.items.values(), read.updatesByItem, query.since, asOf, filter),
    // The demands' items as they stood on the date (replayed only for the linked ones, and only for a past date).
    demands: briefingDemands(
      read.demands.values(),
      (itemId) => {
        const record = read.items.get(itemId)
        if (!record) return null
        if (asOf === today) return record.status
        return snapshotAt(record, read.updatesByItem.get(itemId) ?? [], asOf)?.status ?? null
      },
      { since: query.since, asOf, unitId: filter.unitId },
    ),
  }
}

export const getSupervisionQueueCase: UseCase<typeof getSupervisionQueue> = ({ read, query, today }) => {
  const { entries, queued, counts } = queueFor(read.allViews(today), query, today)
  const page = pageSlice(entries, query.page, query.pageSize)
  return {
    ...page,
    items: page.items.map(({ item: { overdue: _overdue, ...item }, reasons }) => ({ item, reasons })),
    queued,
    counts,
  }
}
