import { ItemQuerySchema, type ItemFilters } from '@/domain/model/item-query'
import { ledgerFilterKeys } from './ledger-href'

// Reading the ledger's address: /items?… → the item filters, by the rules GET /api/items applies, so that
// the ledger and every link to it (ledger-href.ts writes them) mean the same items.

/**
 * The ledger's query string → ItemFilters. A value the API would refuse (an unknown status, a malformed
 * date) is dropped rather than failing the page; unknown parameters are ignored.
 */
export function filtersFromSearchParams(params: URLSearchParams): ItemFilters {
  const raw: Record<string, string> = {}
  for (const key of ledgerFilterKeys) {
    const value = params.get(key)
    if (value !== null && value.trim() !== '') raw[key] = value
  }
  let result = ItemQuerySchema.safeParse(raw)
  if (!result.success) {
    for (const issue of result.error.issues) delete raw[String(issue.path[0])]
    result = ItemQuerySchema.safeParse(raw)
  }
  if (!result.success) return {}
  const { page, pageSize: _pageSize, ...filters } = result.data
  const defined = Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)) as ItemFilters
  return raw.page ? { ...defined, page } : defined
}
