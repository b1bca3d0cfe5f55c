import { queryOptions } from '@tanstack/react-query'
import * as contract from '@/contract/briefing'
import { request } from './http'
import { statsKeys } from './stats'

/** The items struck off after `since` up to `asOf` (today when left out), of one unit or all. */
export type StruckOffFilters = {
  since: string
  asOf?: string | undefined
  unit?: string | undefined
  list?: string | undefined
}

export const briefingKeys = {
  struckOff: (filters: StruckOffFilters) =>
    [
      ...statsKeys.all,
      'struck-off',
      { since: filters.since, asOf: filters.asOf ?? 'today', unit: filters.unit ?? null, list: filters.list ?? null },
    ] as const,
}

export function getStruckOff(filters: StruckOffFilters, signal?: AbortSignal) {
  return request(contract.getStruckOff, {
    query: { since: filters.since, asOf: filters.asOf, unit: filters.unit, list: filters.list },
    signal,
  })
}

export const struckOffQuery = (filters: StruckOffFilters) =>
  queryOptions({
    queryKey: briefingKeys.struckOff(filters),
    queryFn: ({ signal }) => getStruckOff(filters, signal),
  })
