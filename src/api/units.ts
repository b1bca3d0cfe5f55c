import { queryOptions } from '@tanstack/react-query'
import * as contract from '@/contract/campaign'
import { request } from './http'

export const unitKeys = {
  all: ['units'] as const,
  list: () => [...unitKeys.all, 'list'] as const,
}

export function listUnits(signal?: AbortSignal) {
  return request(contract.listUnits, { signal })
}

export const unitsQuery = () =>
  queryOptions({
    queryKey: unitKeys.list(),
    queryFn: ({ signal }) => listUnits(signal),
    staleTime: 5 * 60_000,
  })
