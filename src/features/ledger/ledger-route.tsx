import { useQuery } from '@tanstack/react-query'
import { useSearchParams } from 'react-router'
import { campaignQuery } from '@/api/campaign'
import { itemsQuery } from '@/api/items'
import { unitsQuery } from '@/api/units'
import { EmptyState } from '@/components/empty-state'
import { ItemTable } from '@/components/item-table'
import { PageHeader } from '@/components/page-header'
import { PlannedNote } from '@/components/planned-note'
import { QueryFallback } from '@/components/query-fallback'
import { StaleMark } from '@/components/stale-mark'
import { filtersFromSearchParams } from '@/lib/ledger-url'
import { listLabel, listNameLookup, nameLookup } from '@/lib/name-lookup'
import { t } from '@/lib/strings/strings'
import { FilterSummary } from './components/filter-summary'

const pageSize = 50

/** 台账: the items the address's filters name (src/lib/ledger-url.ts), first page. */
export function LedgerRoute() {
  const [params, setParams] = useSearchParams()
  const filters = filtersFromSearchParams(params)
  const items = useQuery(itemsQuery({ ...filters, pageSize }))
  const units = useQuery(unitsQuery())
  const campaign = useQuery(campaignQuery())
  const onlyList = filters.list?.length === 1 ? filters.list[0] : undefined
  const list = campaign.data?.lists.find((entry) => entry.id === onlyList)
  const title = list ? `${listLabel(list)} · ${t.ledger.title}` : t.ledger.title
  const unitName = nameLookup(units.data?.items)

  return (
    <>
      <PageHeader title={title} description={t.ledger.intro} marks={<StaleMark stale={items.isRefetchError} />} />
      <FilterSummary filters={filters} campaign={campaign.data} unitName={unitName} onClear={() => setParams(new URLSearchParams())} />
      {!items.data || !units.data || !campaign.data ? (
        <QueryFallback queries={[items, units, campaign]} />
      ) : items.data.items.length === 0 ? (
        <EmptyState />
      ) : (
        <ItemTable
          caption={`${t.ledger.tableCaption} · ${t.list.showing(items.data.items.length, items.data.total)}`}
          items={items.data.items}
          unitName={unitName}
          listName={list ? undefined : listNameLookup(campaign.data.lists)}
        />
      )}
      <PlannedNote>{t.ledger.next}</PlannedNote>
    </>
  )
}
