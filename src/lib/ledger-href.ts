import type { ItemFilters } from '@/domain/model/item-query'

// Writing the ledger's address: the filters → /items?…, for every drill-down on the wall, the briefing
// and the ledger itself. Reading it back (with the API's own rules) is ledger-url.ts; the two share the
// keys below. Kept apart so a page that only links to the ledger does not load the query's schema.

/** The filters an address may carry, in the order they are written. */
export const ledgerFilterKeys = [
  'asOf',
  'list',
  'unit',
  'status',
  'light',
  'key',
  'overdue',
  'redList',
  'extended',
  'category',
  'q',
  'sort',
  'page',
] as const
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
