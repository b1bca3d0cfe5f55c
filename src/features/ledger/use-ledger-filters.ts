import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import type { ItemFilters } from '@/domain/model/item-query'
import { filtersFromSearchParams, ledgerSearchParams } from '@/lib/ledger-url'

/**
 * The ledger's filters, sort and page live in the address (src/lib/ledger-url.ts), so a view can be
 * shared. Changing a filter goes back to the first page; the page itself is changed with `setPage`.
 */
export function useLedgerFilters() {
  const [params, setParams] = useSearchParams()
  const key = params.toString()
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the string is the identity of the params
  const filters = useMemo(() => filtersFromSearchParams(params), [key])

  const write = useCallback(
    (next: ItemFilters, replace = false) => setParams(ledgerSearchParams(next), { replace }),
    [setParams],
  )
  const setFilter = useCallback(
    <K extends keyof ItemFilters>(name: K, value: ItemFilters[K] | undefined, replace = false) => {
      const { page: _page, ...rest } = filters
      const next: ItemFilters = { ...rest }
      if (value === undefined) delete next[name]
      else next[name] = value
      write(next, replace)
    },
    [filters, write],
  )
  const setPage = useCallback((page: number) => write({ ...filters, page }), [filters, write])
  const clear = useCallback(() => write({}), [write])
  return { filters, setFilter, setPage, clear }
}
