import { useId } from 'react'
import type { Campaign } from '@/domain/model/campaign'
import { itemStatuses, lights, type ItemStatus, type Light } from '@/domain/model/item'
import type { ItemFilters } from '@/domain/model/item-query'
import type { Unit } from '@/domain/model/unit'
import { listLabel } from '@/lib/name-lookup'
import { tp } from '@/lib/strings/page-strings'
import { t } from '@/lib/strings/strings'
import { BooleanFilter, ChoiceFilter } from './choice-filter'
import styles from './ledger-filters.module.css'
import { SearchBox } from './search-box'

type Props = {
  filters: ItemFilters
  /** The lists, units and categories to choose from; undefined while they load (those three controls wait, disabled). */
  campaign: Campaign | undefined
  units: readonly Unit[] | undefined
  setFilter: <K extends keyof ItemFilters>(name: K, value: ItemFilters[K] | undefined, replace?: boolean) => void
  /** Asks for a filter being typed before it is chosen. */
  prepareFilter: <K extends keyof ItemFilters>(name: K, value: ItemFilters[K] | undefined) => void
}

/**
 * Every filter of the ledger as a native control; each change is written to the address. The panel is
 * whole from the first frame (the controls whose choices are still loading are disabled), so the table
 * below it does not jump down when the lists and units arrive.
 */
export function LedgerFilters({ filters, campaign, units, setFilter, prepareFilter }: Props) {
  const headingId = useId()
  const unitOptions = units
    ?.filter((unit) => unit.kind !== 'group' || units.length === 1)
    .map((unit) => ({ value: unit.id, label: unit.name }))
  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        {tp.ledger.filtersHeading}
      </h2>
      <SearchBox value={filters.q} onSearch={(q) => setFilter('q', q, true)} onType={(q) => prepareFilter('q', q)} />
      <div className={styles.grid}>
        <ChoiceFilter
          label={tp.ledgerFilters.list}
          value={filters.list}
          options={campaign?.lists.map((list) => ({ value: list.id, label: listLabel(list) }))}
          onChange={(value) => setFilter('list', value)}
        />
        <ChoiceFilter
          label={tp.ledgerFilters.unit}
          value={filters.unit}
          options={unitOptions}
          onChange={(value) => setFilter('unit', value)}
        />
        <ChoiceFilter
          label={tp.ledgerFilters.status}
          value={filters.status}
          options={itemStatuses.map((status) => ({ value: status, label: t.status[status] }))}
          onChange={(value) => setFilter('status', value as ItemStatus[] | undefined)}
        />
        <ChoiceFilter
          label={tp.ledgerFilters.light}
          value={filters.light}
          options={lights.map((light) => ({ value: light, label: t.light[light] }))}
          onChange={(value) => setFilter('light', value as Light[] | undefined)}
        />
        <ChoiceFilter
          label={tp.ledgerFilters.category}
          value={filters.category}
          options={campaign?.categories.map((category) => ({ value: category.id, label: category.name }))}
          onChange={(value) => setFilter('category', value)}
        />
        <BooleanFilter
          label={tp.ledgerFilters.key}
          value={filters.key}
          yes={tp.ledger.yes}
          no={tp.ledger.no}
          onChange={(value) => setFilter('key', value)}
        />
        <BooleanFilter
          label={tp.ledgerFilters.overdue}
          value={filters.overdue}
          yes={tp.ledger.overdueOnly}
          no={tp.ledger.notOverdue}
          onChange={(value) => setFilter('overdue', value)}
        />
      </div>
    </section>
  )
}
