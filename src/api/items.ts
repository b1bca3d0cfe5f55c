import { queryOptions } from '@tanstack/react-query'
import * as contract from '@/contract/items'
import type { ItemDraft, ItemPatch } from '@/domain/model/item'
import type { ItemFilters } from '@/domain/model/item-query'
import { request } from './http'

// Hierarchical keys: invalidating itemKeys.all reaches every list, detail and timeline.
export const itemKeys = {
  all: ['items'] as const,
  lists: () => [...itemKeys.all, 'list'] as const,
  list: (filters: ItemFilters) => [...itemKeys.lists(), filters] as const,
  details: () => [...itemKeys.all, 'detail'] as const,
  detail: (itemId: string) => [...itemKeys.details(), itemId] as const,
  updates: (itemId: string) => [...itemKeys.detail(itemId), 'updates'] as const,
}

export function listItems(filters: ItemFilters = {}, signal?: AbortSignal) {
  return request(contract.listItems, { query: filters, signal })
}

export function getItem(itemId: string, signal?: AbortSignal) {
  return request(contract.getItem, { params: { id: itemId }, signal })
}

export function createItem(draft: ItemDraft) {
  return request(contract.createItem, { body: draft })
}

/** Carries the `version` the editor saw; a stale one is refused with 409 and the current item. */
export function patchItem(itemId: string, patch: ItemPatch) {
  return request(contract.patchItem, { params: { id: itemId }, body: patch })
}

export const itemsQuery = (filters: ItemFilters = {}) =>
  queryOptions({
    queryKey: itemKeys.list(filters),
    queryFn: ({ signal }) => listItems(filters, signal),
  })

export const itemQuery = (itemId: string) =>
  queryOptions({
    queryKey: itemKeys.detail(itemId),
    queryFn: ({ signal }) => getItem(itemId, signal),
  })
