import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useSearchParams } from 'react-router-dom'
import type { ItemFilters } from '@/domain/model/item-query'
import { ledgerSearchParams } from '@/lib/ledger-href'
import { filtersFromSearchParams } from '@/lib/ledger-url'
import { nextPaint } from '@/lib/use-after-next-paint'
import { ledgerItemsQuery } from './ledger-query'

/**
 * The ledger's filters, sort and page live in the address (src/lib/ledger-url.ts), so a view can be
 * shared. Changing a filter goes back to the first page; the page itself is changed with `setPage`.
 *
 * A change asks the server at once and moves the address when the answer has come, as a router with
 * loaders does: the controls show the choice straight away (`shown`, `pending`), the table keeps the
 * rows it has, marked busy, and the new address, its rows and the summary of its filters are drawn in
 * one go. Rendering the new address while the request was out drew the page twice and took the machine
 * from the request (measured on the bench's two cores: its answer came 20–40 ms later). A newer choice
 * replaces an older one still out; a change of address made meanwhile by other means (back, a link, the
 * person leaving the ledger) drops the choice. A failed request moves the address too, and the page then
 * shows the failure with its retry, as for any other load.
 */
export function useLedgerFilters() {
  const [params, setParams] = useSearchParams()
  const queryClient = useQueryClient()
  const key = params.toString()
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the string is the identity of the params
  const filters = useMemo(() => filtersFromSearchParams(params), [key])
  const [pending, setPending] = useState<ItemFilters | null>(null)
  // The address a choice is waiting to move to: only the latest choice may move it.
  const awaited = useRef<string | null>(null)

  // Whatever moved the address, nothing is pending any more.
  const [seenKey, setSeenKey] = useState(key)
  if (key !== seenKey) {
    setSeenKey(key)
    setPending(null)
  }
  useEffect(() => {
    awaited.current = null
    // Left, or moved on: an answer still out must not bring the person back here.
    return () => {
      awaited.current = null
    }
  }, [key])

  const shown = pending ?? filters
  const write = useCallback(
    (next: ItemFilters, replace = false) => {
      const { search, target, wanted, query } = viewOf(next)
      if (target === key) {
        awaited.current = null
        setPending(null)
        return
      }
      // Already answered (asked for as it was typed): the choice is painted first and the rows drawn after
      // that frame as a transition, so that neither the key or click that chose them nor what follows it
      // at once (the Enter's key-up, a second key) waits behind drawing them: React yields between slices.
      // An answer that comes later is drawn at once, in one synchronous render (nothing is waiting then).
      const answered = queryClient.getQueryState(query.queryKey)?.status === 'success'
      awaited.current = target
      setPending(wanted)
      void queryClient
        .prefetchQuery(query)
        .then(() => (answered ? nextPaint().done : undefined))
        .then(() => {
          if (awaited.current !== target) return
          awaited.current = null
          setParams(search, { replace, flushSync: !answered })
        })
    },
    [key, queryClient, setParams],
  )
  const setFilter = useCallback(
    <K extends keyof ItemFilters>(name: K, value: ItemFilters[K] | undefined, replace = false) =>
      write(withFilter(shown, name, value), replace),
    [shown, write],
  )
  // What is being typed is asked for before it is chosen (the text settles or Enter is pressed), so the
  // answer is on its way, or in, by then; an answer to text since typed over is not waited for.
  const prepared = useRef<View | null>(null)
  const prepareFilter = useCallback(
    <K extends keyof ItemFilters>(name: K, value: ItemFilters[K] | undefined) => {
      const view = viewOf(withFilter(shown, name, value))
      const previous = prepared.current
      prepared.current = view
      if (
        previous &&
        previous.target !== view.target &&
        previous.target !== awaited.current &&
        previous.target !== key
      ) {
        void queryClient.cancelQueries({ queryKey: previous.query.queryKey, exact: true })
      }
      if (view.target !== key) void queryClient.prefetchQuery(view.query)
    },
    [shown, key, queryClient],
  )
  const setPage = useCallback((page: number) => write({ ...shown, page }), [shown, write])
  const clear = useCallback(() => write({}), [write])
  return { filters, view: key, shown, pending: pending !== null, setFilter, prepareFilter, setPage, clear }
}

type View = ReturnType<typeof viewOf>

/** Filters as the address writes them (`target`) and reads them back (`wanted`), and the page they ask for. */
function viewOf(next: ItemFilters) {
  const search = ledgerSearchParams(next)
  const wanted = filtersFromSearchParams(search)
  return { search, target: search.toString(), wanted, query: ledgerItemsQuery(wanted) }
}

/** The filters with one changed, back on the first page. */
function withFilter<K extends keyof ItemFilters>(
  filters: ItemFilters,
  name: K,
  value: ItemFilters[K] | undefined,
): ItemFilters {
  const { page: _page, ...rest } = filters
  const next: ItemFilters = { ...rest }
  if (value === undefined) delete next[name]
  else next[name] = value
  return next
}
