import { useQuery } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import { campaignQuery } from '@/api/campaign'
import { itemQuery } from '@/api/items'
import { unitsQuery } from '@/api/units'
import { itemUpdatesQuery } from '@/api/updates'
import { LightBadge } from '@/components/light-badge'
import { PageHeader } from '@/components/page-header'
import { PlannedNote } from '@/components/planned-note'
import { QueryFallback } from '@/components/query-fallback'
import { StaleMark } from '@/components/stale-mark'
import { StatusBadge } from '@/components/status-badge'
import { listLabel } from '@/lib/name-lookup'
import { t } from '@/lib/strings/strings'
import { ItemFields } from './components/item-fields'
import { UpdateTimeline } from './components/update-timeline'
import styles from './item-route.module.css'

/** 项目详情: the item's ledger fields and its timeline of updates. */
export function ItemRoute() {
  const { itemId = '' } = useParams()
  const item = useQuery(itemQuery(itemId))
  const updates = useQuery(itemUpdatesQuery(itemId))
  const units = useQuery(unitsQuery())
  const campaign = useQuery(campaignQuery())
  const back = (
    <Link to="/items" className={styles.back}>
      ← {t.item.back}
    </Link>
  )

  if (!item.data || !units.data || !campaign.data) {
    return (
      <>
        {back}
        <PageHeader title={t.item.title} />
        <QueryFallback queries={[item, units, campaign]} />
      </>
    )
  }

  const list = campaign.data.lists.find((entry) => entry.id === item.data.listId)
  return (
    <>
      {back}
      <PageHeader
        title={item.data.title}
        description={`${item.data.code} · ${list ? listLabel(list) : ''}`}
        marks={
          <>
            <StatusBadge status={item.data.status} />
            <LightBadge light={item.data.light} />
            {item.data.key ? <span className={styles.key}>{t.list.keyBadge}</span> : null}
            <StaleMark stale={item.isRefetchError} />
          </>
        }
      />
      <div className={styles.columns}>
        <ItemFields item={item.data} campaign={campaign.data} units={units.data.items} />
        <section className={styles.timeline} aria-labelledby="timeline-title">
          <h2 id="timeline-title" className={styles.heading}>
            {t.item.timeline}
          </h2>
          {updates.data ? <UpdateTimeline updates={updates.data.items} /> : <QueryFallback queries={[updates]} />}
        </section>
      </div>
      <PlannedNote>{t.item.next}</PlannedNote>
    </>
  )
}
