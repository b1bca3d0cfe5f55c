import { useId } from 'react'
import type { Campaign } from '@/domain/model/campaign'
import type { ItemFilters } from '@/domain/model/item-query'
import { formatDate } from '@/lib/format'
import { listNameLookup, nameLookup } from '@/lib/name-lookup'
import { tp } from '@/lib/strings/page-strings'
import { t } from '@/lib/strings/strings'
import { sortText } from '../sort-labels'
import styles from './filter-summary.module.css'

type Props = {
  filters: ItemFilters
  campaign: Campaign | undefined
  unitName: (unitId: string) => string
  onClear: () => void
}

const yesNo = (value: boolean | undefined, yes: string, no: string) => (value === undefined ? null : value ? yes : no)

/** The filters the ledger's address carries, in words, with one button to drop them all. */
export function FilterSummary({ filters, campaign, unitName, onClear }: Props) {
  const headingId = useId()
  const listName = listNameLookup(campaign?.lists)
  const categoryName = nameLookup(campaign?.categories)
  const parts: { label: string; value: string }[] = []
  const add = (label: string, value: string | null | undefined) => {
    if (value) parts.push({ label, value })
  }
  add(tp.ledgerFilters.list, filters.list?.map(listName).join('、'))
  add(tp.ledgerFilters.unit, filters.unit?.map(unitName).join('、'))
  add(tp.ledgerFilters.status, filters.status?.map((status) => t.status[status]).join('、'))
  add(tp.ledgerFilters.light, filters.light?.map((light) => t.light[light]).join('、'))
  add(tp.ledgerFilters.category, filters.category?.map(categoryName).join('、'))
  add(tp.ledgerFilters.key, yesNo(filters.key, tp.ledgerFilters.key, tp.ledgerFilters.notKey))
  add(tp.ledgerFilters.overdue, yesNo(filters.overdue, tp.ledgerFilters.overdue, tp.ledgerFilters.notOverdue))
  add(tp.ledgerFilters.redList, yesNo(filters.redList, tp.ledgerFilters.redList, t.list.none))
  add(tp.ledgerFilters.extended, yesNo(filters.extended, tp.ledgerFilters.extended, tp.ledgerFilters.notExtended))
  add(tp.ledgerFilters.heading, filters.q ? tp.ledgerFilters.q(filters.q) : null)
  add(tp.ledgerFilters.heading, filters.asOf ? tp.ledgerFilters.asOf(formatDate(filters.asOf)) : null)
  add(tp.ledgerFilters.heading, filters.sort ? sortText(filters.sort) : null)

  return (
    <section className={styles.summary} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {tp.ledgerFilters.heading}
      </h2>
      {parts.length === 0 ? (
        <p className={styles.none}>{tp.ledgerFilters.none}</p>
      ) : (
        <>
          <ul className={styles.chips}>
            {parts.map((part, index) => (
              <li key={index} className={styles.chip}>
                {part.label === tp.ledgerFilters.heading || part.label === part.value
                  ? part.value
                  : `${part.label}：${part.value}`}
              </li>
            ))}
          </ul>
          <button type="button" className={styles.clear} onClick={onClear}>
            {tp.ledgerFilters.clear}
          </button>
        </>
      )}
    </section>
  )
}
