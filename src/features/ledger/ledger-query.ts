import { itemsQuery } from '@/api/items'
import type { ItemFilters } from '@/domain/model/item-query'

/** Rows per ledger page: the table never holds more, whatever the total. */
export const ledgerPageSize = 50

/** The one page of items the ledger shows for these filters (the route reads it, a filter change prefetches it). */
export const ledgerItemsQuery = (filters: ItemFilters) =>
  itemsQuery({ ...filters, page: filters.page ?? 1, pageSize: ledgerPageSize })
