import { queryOptions } from '@tanstack/react-query'
import { pageOf } from '@/domain/model/common'
import { ItemSchema, type ItemDraft, type ItemPatch } from '@/domain/model/item'
import { ItemBatchResultSchema } from '@/domain/model/item-batch'
import type { ItemFilters } from '@/domain/model/item-query'
import { http, type QueryParams } from './http'

// Hierarchical keys: invalidating itemKeys.all reaches every list, detail and timeline.
export const itemKeys = {
  all: ['items'] as const,
  lists: () => [...itemKeys.all, 'list'] as const,
  list: (filters: ItemFilters) => [...itemKeys.lists(), filters] as const,
  details: () => [...itemKeys.all, 'detail'] as const,
  detail: (itemId: string) => [...itemKeys.details(), itemId] as const,
  updates: (itemId: string) => [...itemKeys.detail(itemId), 'updates'] as const,
}

const ItemPageSchema = pageOf(ItemSchema)

/** The query string of GET /api/items: lists become comma-separated, booleans 'true'/'false'. */
export function itemQueryParams(filters: ItemFilters): QueryParams {
  return {
    list: filters.list,
    unit: filters.unit,
    status: filters.status,
    light: filters.light,
    category: filters.category,
    key: filters.key,
    overdue: filters.overdue,
    redList: filters.redList,
    q: filters.q,
    asOf: filters.asOf,
    sort: filters.sort,
    page: filters.page,
    pageSize: filters.pageSize,
  }
}

const path = (itemId: string) => `/items/${encodeURIComponent(itemId)}`

export function listItems(filters: ItemFilters = {}, signal?: AbortSignal) {
  return http('/items', ItemPageSchema, { query: itemQueryParams(filters), signal })
}

export function getItem(itemId: string, signal?: AbortSignal) {
  return http(path(itemId), ItemSchema, { signal })
}

export function createItem(draft: ItemDraft) {
  return http('/items', ItemSchema, { method: 'POST', body: draft })
}

/**
 * Many new items in one request (at most itemBatchLimits per request: split with batchChunks). Each draft
 * gets its own result, the item or the error POST /items would have given; a whole-request failure throws.
 */
export function createItems(drafts: readonly ItemDraft[], signal?: AbortSignal) {
  return http('/items/batch', ItemBatchResultSchema, { method: 'POST', body: { items: drafts }, signal })
}

/** Carries the `version` the editor saw; a stale one is refused with 409 and the current item. */
export function patchItem(itemId: string, patch: ItemPatch) {
  return http(path(itemId), ItemSchema, { method: 'PATCH', body: patch })
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
