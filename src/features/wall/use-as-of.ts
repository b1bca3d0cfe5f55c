import { useCallback } from 'react'
import { useSearchParams } from 'react-router-dom'
import type { ItemFilters } from '@/domain/model/item-query'
import { ledgerHref } from '@/lib/ledger-href'
import { asOfFrom } from './as-of-param'

/**
 * The wall's "as of" date from the address (?asOf=YYYY-MM-DD); undefined means today. Changing it
 * keeps the rest of the address (the screen mode's interval, for one).
 */
export function useAsOf(): { asOf: string | undefined; setAsOf: (date: string | undefined) => void } {
  const [params, setParams] = useSearchParams()
  const asOf = asOfFrom(params)
  const setAsOf = useCallback(
    (date: string | undefined) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current)
          if (date) next.set('asOf', date)
          else next.delete('asOf')
          return next
        },
        { replace: true },
      ),
    [setParams],
  )
  return { asOf, setAsOf }
}

/** The ledger's address for exactly these items, as of the wall's date. */
export function drillHref(filters: ItemFilters, asOf: string | undefined): string {
  return ledgerHref(asOf ? { ...filters, asOf } : filters)
}
