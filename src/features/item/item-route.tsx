import { useQuery } from '@tanstack/react-query'
import { Link, useLocation, useParams } from 'react-router-dom'
import { campaignQuery } from '@/api/campaign'
import { itemQuery } from '@/api/items'
import { sessionQuery } from '@/api/session'
import { unitsQuery } from '@/api/units'
import { itemUpdatesQuery } from '@/api/updates'
import { LightBadge } from '@/components/light-badge'
import { PageHeader } from '@/components/page-header'
import { QueryFallback } from '@/components/query-fallback'
import { StaleMark } from '@/components/stale-mark'
import { StatusBadge } from '@/components/status-badge'
import { dateOf } from '@/domain/dates'
import { listLabel, listNameLookup, nameLookup } from '@/lib/name-lookup'
import { tp } from '@/lib/strings/page-strings'
import { t } from '@/lib/strings/strings'
import { conflictChanges } from './actions/conflict-changes'
import { ItemActions } from './actions/item-actions'
import { offersFor } from './actions/offers'
import { ItemFields } from './components/item-fields'
import { KeySelection } from './components/key-selection'
import { LinkedDemands } from './components/linked-demands'
import { UpdateTimeline } from './components/update-timeline'
import styles from './item-route.module.css'
import { usePatchItem, usePostUpdate } from './use-item-mutations'

/** 项目详情: every ledger field, the actions the role may take, the full timeline and the demands behind it. */
export function ItemRoute() {
  const { itemId = '' } = useParams()
  const item = useQuery(itemQuery(itemId))
  const updates = useQuery(itemUpdatesQuery(itemId))
  const units = useQuery(unitsQuery())
  const campaign = useQuery(campaignQuery())
  const session = useQuery(sessionQuery())
  const post = usePostUpdate(itemId)
  const patch = usePatchItem(itemId)
  // A page that sent the user here may leave a word for them (e.g. "已新建项目 SB-472" after saving).
  const notice = noticeOf(useLocation().state)
  const back = (
    <Link to="/items" className={styles.back}>
      ← {tp.item.back}
    </Link>
  )

  if (!item.data || !units.data || !campaign.data) {
    return (
      <>
        {back}
        <PageHeader title={tp.item.title} />
        <QueryFallback queries={[item, units, campaign]} />
      </>
    )
  }

  const list = campaign.data.lists.find((entry) => entry.id === item.data.listId)
  const user = session.data ?? null
  const today = dateOf(new Date())
  const categoryName = nameLookup(campaign.data.categories)
  const trailNames = {
    category: categoryName,
    unit: nameLookup(units.data.items),
    list: listNameLookup(campaign.data.lists),
  }
  const offers =
    user && updates.data
      ? offersFor({
          user,
          item: item.data,
          updates: updates.data.items,
          today,
          draftContext: { today, campaign: campaign.data, units: units.data.items },
          post: (draft) => post.mutateAsync(draft),
          patch: (body) => patch.mutateAsync(body),
        })
      : null

  return (
    <>
      {back}
      {notice ? (
        <p className={styles.notice} role="status">
          {notice}
        </p>
      ) : null}
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
        <div className={styles.main}>
          <div className={styles.fields}>
            <ItemFields item={item.data} campaign={campaign.data} units={units.data.items} />
          </div>
          {user && list ? (
            <div className={styles.keySlot}>
              <KeySelection user={user} item={item.data} list={list} />
            </div>
          ) : null}
          <div className={styles.demands}>
            <LinkedDemands itemId={itemId} />
          </div>
        </div>
        <div className={styles.side}>
          <div className={styles.actions}>
            {offers ? (
              <ItemActions
                offers={offers}
                item={item.data}
                describeChanges={(before, after) => conflictChanges(before, after, { categoryName })}
              />
            ) : (
              <QueryFallback queries={[updates, session]} />
            )}
          </div>
          <section className={`${styles.timeline} ${styles.timelineSlot}`} aria-labelledby="timeline-title">
            <h2 id="timeline-title" className={styles.heading}>
              {tp.item.timeline}
            </h2>
            {updates.data ? (
              <UpdateTimeline updates={updates.data.items} names={trailNames} />
            ) : (
              <QueryFallback queries={[updates]} />
            )}
          </section>
        </div>
      </div>
    </>
  )
}

function noticeOf(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('notice' in state)) return null
  return typeof state.notice === 'string' ? state.notice : null
}
