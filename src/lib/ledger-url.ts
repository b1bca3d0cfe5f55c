import { ItemQuerySchema, type ItemFilters } from '@/domain/model/item-query'

// The ledger's address: one codec between the item filters and /items?… so that every drill-down on
// the wall and the ledger itself read and write the same URL. Values mean what GET /api/items means.

/** The filters an address may carry, in the order they are written. */
export const ledgerFilterKeys = ['asOf', 'list', 'unit', 'status', 'light', 'key', 'overdue', 'redList', 'category', 'q', 'sort', 'page'] as const
export type LedgerFilterKey = (typeof ledgerFilterKeys)[number]

export const ledgerPath = '/items'

function written(value: ItemFilters[LedgerFilterKey]): string | null {
  if (value === undefined || value === null) return null
  if (Array.isArray(value)) return value.length > 0 ? value.join(',') : null
  if (typeof value === 'string') return value.trim() === '' ? null : value
  return String(value)
}

/** ItemFilters → the query string of the ledger (no leading ?); empty values are left out. */
export function ledgerSearchParams(filters: ItemFilters): URLSearchParams {
  const params = new URLSearchParams()
  for (const key of ledgerFilterKeys) {
    const value = written(filters[key])
    if (value !== null && !(key === 'page' && value === '1')) params.set(key, value)
  }
  return params
}

/** The ledger's address for exactly these items. */
export function ledgerHref(filters: ItemFilters): string {
  const search = ledgerSearchParams(filters).toString()
  return search ? `${ledgerPath}?${search}` : ledgerPath
}

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
