import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useMemo, useRef } from 'react'
import { campaignQuery } from '@/api/campaign'
import { unitsQuery } from '@/api/units'
import { EmptyState } from '@/components/empty-state'
import { ExportMenu } from '@/components/export-menu'
import { PageHeader } from '@/components/page-header'
import { QueryFallback } from '@/components/query-fallback'
import { StaleMark } from '@/components/stale-mark'
import { listLabel, listNameLookup, nameLookup } from '@/lib/name-lookup'
import { tp } from '@/lib/strings/page-strings'
import { FilterSummary } from './components/filter-summary'
import { LedgerFilters } from './components/ledger-filters'
import { LedgerTable } from './components/ledger-table'
import { Pager } from './components/pager'
import { ledgerItemsQuery, ledgerPageSize as pageSize } from './ledger-query'
import { useLedgerFilters } from './use-ledger-filters'

/**
 * 台账: every item of every list, filtered, sorted and paged by the server, so the 50,000-item seed
 * costs one page per view. The previous page stays on screen while the next one loads.
 */
export function LedgerRoute() {
  const { filters, view, shown, pending, setFilter, prepareFilter, setPage, clear } = useLedgerFilters()
  const items = useQuery({ ...ledgerItemsQuery(filters), placeholderData: keepPreviousData })
  const units = useQuery(unitsQuery())
  const campaign = useQuery(campaignQuery())
  const onlyList = filters.list?.length === 1 ? filters.list[0] : undefined
  const list = campaign.data?.lists.find((entry) => entry.id === onlyList)
  const title = list ? `${listLabel(list)} · ${tp.ledger.title}` : tp.ledger.title
  // Stable between renders, so the table's memoised rows re-render only when their item changes.
  const unitName = useMemo(() => nameLookup(units.data?.items), [units.data])
  const listName = useMemo(() => listNameLookup(campaign.data?.lists), [campaign.data])
  const tableStart = useRef<HTMLDivElement>(null)
  // Another page asked for at the foot of the table starts at the table's top: the window goes there at
  // once (below the app's sticky header), and the page's first rows are what is drawn first.
  const turnPage = (page: number) => {
    const start = tableStart.current
    const headerBottom = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0
    const top = start?.getBoundingClientRect().top ?? 0
    if (top < headerBottom) window.scrollBy(0, top - headerBottom)
    setPage(page)
  }

  return (
    <>
      <PageHeader
        title={title}
        description={tp.ledger.intro}
        marks={
          <StaleMark
            stale={items.isRefetchError}
            refreshing={pending || (items.isPlaceholderData && items.isFetching)}
          />
        }
        actions={<ExportMenu filters={filters} />}
      />
      <LedgerFilters
        filters={shown}
        campaign={campaign.data}
        units={units.data?.items}
        setFilter={setFilter}
        prepareFilter={prepareFilter}
      />
      <FilterSummary filters={filters} campaign={campaign.data} unitName={unitName} onClear={clear} />
      {!items.data || !units.data || !campaign.data ? (
        <QueryFallback queries={[items, units, campaign]} />
      ) : items.data.items.length === 0 ? (
        <EmptyState title={tp.ledger.empty}>{tp.ledger.emptyHint}</EmptyState>
      ) : (
        <>
          <div ref={tableStart} />
          <LedgerTable
            caption={`${tp.ledger.tableCaption} · ${tp.ledger.range((items.data.page - 1) * pageSize + 1, (items.data.page - 1) * pageSize + items.data.items.length, items.data.total)}`}
            view={view}
            items={items.data.items}
            sort={shown.sort}
            onSort={(sort) => setFilter('sort', sort === 'code' ? undefined : sort)}
            unitName={unitName}
            listName={listName}
            busy={pending || items.isPlaceholderData}
          />
          <Pager page={items.data.page} pageSize={pageSize} total={items.data.total} onPage={turnPage} />
        </>
      )}
    </>
  )
}
