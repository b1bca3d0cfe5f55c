import { useQuery } from '@tanstack/react-query'
import { useId } from 'react'
import { Link } from 'react-router-dom'
import { itemsQuery } from '@/api/items'
import { EmptyState } from '@/components/empty-state'
import { LightBadge } from '@/components/light-badge'
import { ProgressBar } from '@/components/progress-bar'
import { QueryFallback } from '@/components/query-fallback'
import type { CampaignList } from '@/domain/model/campaign'
import type { Item } from '@/domain/model/item'
import { formatDate, formatInstant } from '@/lib/format'
import { listLabel } from '@/lib/name-lookup'
import { t } from '@/lib/strings/strings'
import styles from './key-things.module.css'

type Props = { list: CampaignList; asOf: string | undefined; unitName: (unitId: string) => string; compact?: boolean }

/** The group's own list (the 8 key things) as large cards: who leads it, how far it is, what happened last. */
export function KeyThings({ list, asOf, unitName, compact = false }: Props) {
  const headingId = useId()
  const items = useQuery(itemsQuery({ list: [list.id], sort: 'code', pageSize: 50, ...(asOf ? { asOf } : {}) }))
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t.wall.keyThingsHeading(listLabel(list))}
      </h2>
      {!items.data ? (
        <QueryFallback queries={[items]} />
      ) : items.data.items.length === 0 ? (
        <EmptyState />
      ) : (
        <ol className={compact ? `${styles.cards} ${styles.compact}` : styles.cards}>
          {items.data.items.map((item) => (
            <KeyThingCard key={item.id} item={item} unitName={unitName} />
          ))}
        </ol>
      )}
    </section>
  )
}

function KeyThingCard({ item, unitName }: { item: Item; unitName: (unitId: string) => string }) {
  const titleId = useId()
  return (
    <li className={`${styles.card} ${styles[item.light]}`} aria-labelledby={titleId}>
      <div className={styles.top}>
        <span className={styles.code}>{item.code}</span>
        <LightBadge light={item.light} />
      </div>
      <h3 id={titleId} className={styles.title}>
        <Link to={`/items/${encodeURIComponent(item.id)}`}>{item.title}</Link>
      </h3>
      <dl className={styles.people}>
        <div>
          <dt>{t.wall.leadLeader}</dt>
          <dd>{item.leadLeader ?? t.list.none}</dd>
        </div>
        <div>
          <dt>{t.wall.department}</dt>
          <dd>{unitName(item.unitId)}</dd>
        </div>
        <div>
          <dt>{t.wall.deadline}</dt>
          <dd>
            <time dateTime={item.deadline}>{formatDate(item.deadline)}</time>
          </dd>
        </div>
      </dl>
      <div className={styles.progress}>
        <ProgressBar value={item.progress} label={`${item.code} ${t.list.progress}`} valueText={`${item.progress}%`} />
        <span className={styles.percent}>{item.progress}%</span>
      </div>
      <div className={styles.latest}>
        <p className={styles.latestLabel}>
          {t.wall.latest}
          {item.lastUpdate ? (
            <>
              {' · '}
              <time dateTime={item.lastUpdate.at}>{formatInstant(item.lastUpdate.at)}</time>
            </>
          ) : null}
        </p>
        <p className={styles.note}>{item.lastUpdate ? item.lastUpdate.note : t.wall.noUpdate}</p>
      </div>
    </li>
  )
}
