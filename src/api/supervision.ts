import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import * as contract from '@/contract/supervision'
import type { SupervisionFilters } from '@/domain/model/supervision'
import { request } from './http'

// The queue is derived from the items: every item mutation also invalidates supervisionKeys.all.
export const supervisionKeys = {
  all: ['supervision'] as const,
  queues: () => [...supervisionKeys.all, 'queue'] as const,
  queue: (filters: SupervisionFilters) => [...supervisionKeys.queues(), filters] as const,
}

export function getSupervisionQueue(filters: SupervisionFilters = {}, signal?: AbortSignal) {
  return request(contract.getSupervisionQueue, { query: filters, signal })
}

export const supervisionQueueQuery = (filters: SupervisionFilters = {}) =>
  queryOptions({
    queryKey: supervisionKeys.queue(filters),
    queryFn: ({ signal }) => getSupervisionQueue(filters, signal),
    placeholderData: keepPreviousData,
  })
