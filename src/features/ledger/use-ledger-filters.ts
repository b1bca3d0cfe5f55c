import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import type { ItemFilters } from '@/domain/model/item-query'
import { filtersFromSearchParams, ledgerSearchParams } from '@/lib/ledger-url'
import { ledgerItemsQuery } from './ledger-query'

/**
 * The ledger's filters, sort and page live in the address (src/lib/ledger-url.ts), so a view can be
 * shared. Changing a filter goes back to the first page; the page itself is changed with `setPage`.
 */
export function useLedgerFilters() {
  const [params, setParams] = useSearchParams()
  const queryClient = useQueryClient()
  const key = params.toString()
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the string is the identity of the params
  const filters = useMemo(() => filtersFromSearchParams(params), [key])

  const write = useCallback(
    (next: ItemFilters, replace = false) => {
      const search = ledgerSearchParams(next)
      // Ask the server now, in the event, rather than after the router has rendered the new address:
      // the request overlaps that render and the route's query finds it in flight (same key).
      void queryClient.prefetchQuery(ledgerItemsQuery(filtersFromSearchParams(search)))
      setParams(search, { replace })
    },
    [queryClient, setParams],
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
