import { useQuery } from '@tanstack/react-query'
import { campaignQuery } from '@/api/campaign'
import { itemsQuery } from '@/api/items'
import { unitsQuery } from '@/api/units'
import { EmptyState } from '@/components/empty-state'
import { ItemTable } from '@/components/item-table'
import { PageHeader } from '@/components/page-header'
import { PlannedNote } from '@/components/planned-note'
import { QueryFallback } from '@/components/query-fallback'
import type { ItemFilters } from '@/domain/model/item-query'
import { listNameLookup, nameLookup } from '@/lib/name-lookup'
import { t } from '@/lib/strings/strings'
import styles from './supervision-route.module.css'

const redListed: ItemFilters = { redList: true, sort: 'deadline', pageSize: 20 }
const redLight: ItemFilters = { light: ['red'], sort: 'deadline', pageSize: 20 }

/** 督办: what needs supervision first — the red list (unanswered urges) and the red lights. */
export function SupervisionRoute() {
  const units = useQuery(unitsQuery())
  const campaign = useQuery(campaignQuery())
  return (
    <>
      <PageHeader title={t.supervision.title} description={t.supervision.intro} />
      {units.data && campaign.data ? (
        <div className={styles.sections}>
          <ItemSection
            title={t.supervision.redListHeading}
            filters={redListed}
            unitName={nameLookup(units.data.items)}
            listName={listNameLookup(campaign.data.lists)}
          />
          <ItemSection
            title={t.supervision.redHeading}
            filters={redLight}
            unitName={nameLookup(units.data.items)}
            listName={listNameLookup(campaign.data.lists)}
          />
        </div>
      ) : (
        <QueryFallback queries={[units, campaign]} />
      )}
      <PlannedNote>{t.supervision.next}</PlannedNote>
    </>
  )
}

type SectionProps = { title: string; filters: ItemFilters; unitName: (id: string) => string; listName: (id: string) => string }

function ItemSection({ title, filters, unitName, listName }: SectionProps) {
  const items = useQuery(itemsQuery(filters))
  return (
    <section aria-label={title}>
      {!items.data ? (
        <QueryFallback queries={[items]} />
      ) : items.data.items.length === 0 ? (
        <EmptyState title={`${title}：${t.supervision.empty}`} />
      ) : (
        <ItemTable caption={`${title} · ${t.list.showing(items.data.items.length, items.data.total)}`} items={items.data.items} unitName={unitName} listName={listName} />
      )}
    </section>
  )
}
