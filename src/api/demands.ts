import { queryOptions } from '@tanstack/react-query'
import * as contract from '@/contract/demands'
import type { DemandDraft, DemandPatch } from '@/domain/model/demand'
import type { DemandCountFilters, DemandFilters } from '@/domain/model/demand-query'
import { request } from './http'

// Hierarchical keys: invalidating demandKeys.all reaches every list and every count.
export const demandKeys = {
  all: ['demands'] as const,
  lists: () => [...demandKeys.all, 'list'] as const,
  list: (filters: DemandFilters) => [...demandKeys.lists(), filters] as const,
  counts: (filters: DemandCountFilters) => [...demandKeys.all, 'counts', filters] as const,
}

export function listDemands(filters: DemandFilters = {}, signal?: AbortSignal) {
  return request(contract.listDemands, { query: filters, signal })
}

/** Counts by channel and status (and the funnel) of the demands matching the pool's filters. */
export function countDemands(filters: DemandCountFilters = {}, signal?: AbortSignal) {
  return request(contract.getDemandStats, { query: filters, signal })
}

/** Records a demand; a `qr_form` demand may be posted without a session (扫码提诉求). */
export function createDemand(draft: DemandDraft) {
  return request(contract.createDemand, { body: draft })
}

/** Triage: adopt into an item, merge, reject or answer. */
export function patchDemand(demandId: string, patch: DemandPatch) {
  return request(contract.patchDemand, { params: { id: demandId }, body: patch })
}

export const demandsQuery = (filters: DemandFilters = {}) =>
  queryOptions({
    queryKey: demandKeys.list(filters),
    queryFn: ({ signal }) => listDemands(filters, signal),
  })

export const demandCountsQuery = (filters: DemandCountFilters = {}) =>
  queryOptions({
    queryKey: demandKeys.counts(filters),
    queryFn: ({ signal }) => countDemands(filters, signal),
  })
