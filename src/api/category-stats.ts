import { queryOptions } from '@tanstack/react-query'
import * as contract from '@/contract/stats'
import { request } from './http'
import { statsKeys, type StatsFilters } from './stats'

export const categoryStatsKey = (filters: StatsFilters = {}) =>
  [...statsKeys.all, 'categories', { list: filters.list ?? null, asOf: filters.asOf ?? 'today' }] as const

export function getCategoryStats(filters: StatsFilters = {}, signal?: AbortSignal) {
  return request(contract.getCategoryStats, {
    query: { list: filters.list, asOf: filters.asOf },
    signal,
  })
}

export const categoryStatsQuery = (filters: StatsFilters = {}) =>
  queryOptions({
    queryKey: categoryStatsKey(filters),
    queryFn: ({ signal }) => getCategoryStats(filters, signal),
  })
