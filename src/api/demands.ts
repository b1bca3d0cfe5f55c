import { queryOptions } from '@tanstack/react-query'
import { pageOf } from '@/domain/model/common'
import { DemandSchema, type DemandDraft, type DemandPatch } from '@/domain/model/demand'
import type { DemandFilters } from '@/domain/model/demand-query'
import { http } from './http'


export const demandKeys = {
  all: ['demands'] as const,
  lists: () => [...demandKeys.all, 'list'] as const,
  list: (filters: DemandFilters) => [...demandKeys.lists(), filters] as const,
}

const DemandPageSchema = pageOf(DemandSchema)

export function listDemands(filters: DemandFilters = {}, signal?: AbortSignal) {
  return http('/demands', DemandPageSchema, { query: { ...filters }, signal })
}

/** Records a demand; a `qr_form` demand may be posted without a session (扫码提诉求). */
export function createDemand(draft: DemandDraft) {
  return http('/demands', DemandSchema, { method: 'POST', body: draft })
}

/** Triage: adopt into an item, merge, reject or answer. */
export function patchDemand(demandId: string, patch: DemandPatch) {
  return http(`/demands/${encodeURIComponent(demandId)}`, DemandSchema, { method: 'PATCH', body: patch })
}

export const demandsQuery = (filters: DemandFilters = {}) =>
  queryOptions({
    queryKey: demandKeys.list(filters),
    queryFn: ({ signal }) => listDemands(filters, signal),
  })
