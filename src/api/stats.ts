import { queryOptions } from '@tanstack/react-query'
import * as contract from '@/contract/stats'
import { request } from './http'

/** `asOf` left out means today (the server's today); it is part of the key as 'today'. */
export type StatsFilters = { list?: string; asOf?: string }

export const statsKeys = {
  all: ['stats'] as const,
  summary: (asOf?: string) => [...statsKeys.all, 'summary', asOf ?? 'today'] as const,
  units: (filters: StatsFilters = {}) =>
    [...statsKeys.all, 'units', { list: filters.list ?? null, asOf: filters.asOf ?? 'today' }] as const,
  trend: (filters: StatsFilters = {}) =>
    [...statsKeys.all, 'trend', { list: filters.list ?? null, asOf: filters.asOf ?? 'today' }] as const,
}

export function getSummary(asOf?: string, signal?: AbortSignal) {
  return request(contract.getSummary, { query: { asOf }, signal })
}

export function getUnitStats(filters: StatsFilters = {}, signal?: AbortSignal) {
  return request(contract.getUnitStats, { query: { list: filters.list, asOf: filters.asOf }, signal })
}

export function getTrend(filters: StatsFilters = {}, signal?: AbortSignal) {
  return request(contract.getTrend, { query: { list: filters.list, asOf: filters.asOf }, signal })
}

export const summaryQuery = (asOf?: string) =>
  queryOptions({
    queryKey: statsKeys.summary(asOf),
    queryFn: ({ signal }) => getSummary(asOf, signal),
  })

export const unitStatsQuery = (filters: StatsFilters = {}) =>
  queryOptions({
    queryKey: statsKeys.units(filters),
    queryFn: ({ signal }) => getUnitStats(filters, signal),
  })

export const trendQuery = (filters: StatsFilters = {}) =>
  queryOptions({
    queryKey: statsKeys.trend(filters),
    queryFn: ({ signal }) => getTrend(filters, signal),
  })
