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
import type { ItemFilters } from '@/domain/model/item-query'
import { listLabel, listNameLookup, nameLookup } from '@/lib/name-lookup'
import { t } from '@/lib/strings/strings'

const pageSize = 50

/** 台账: the first page of the ledger, optionally one list (?list=), ordered by code. */
export function LedgerRoute() {
  const [params] = useSearchParams()
  const listId = params.get('list')
  const filters: ItemFilters = listId ? { list: [listId], pageSize } : { pageSize }
  const items = useQuery(itemsQuery(filters))
  const units = useQuery(unitsQuery())
  const campaign = useQuery(campaignQuery())
  const list = campaign.data?.lists.find((entry) => entry.id === listId)
  const title = list ? `${listLabel(list)} · ${t.ledger.title}` : t.ledger.title

  return (
    <>
      <PageHeader title={title} description={t.ledger.intro} marks={<StaleMark stale={items.isRefetchError} />} />
      {!items.data || !units.data || !campaign.data ? (
        <QueryFallback queries={[items, units, campaign]} />
      ) : items.data.items.length === 0 ? (
        <EmptyState />
      ) : (
        <ItemTable
          caption={`${t.ledger.tableCaption} · ${t.list.showing(items.data.items.length, items.data.total)}`}
          items={items.data.items}
          unitName={nameLookup(units.data.items)}
          listName={listId ? undefined : listNameLookup(campaign.data.lists)}
        />
      )}
      <PlannedNote>{t.ledger.next}</PlannedNote>
    </>
  )
}
