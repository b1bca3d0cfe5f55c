import { useQuery } from '@tanstack/react-query'
import { useId } from 'react'
import { demandsQuery } from '@/api/demands'
import { EmptyState } from '@/components/empty-state'
import { QueryFallback } from '@/components/query-fallback'
import { formatInstant } from '@/lib/format'
import { tp } from '@/lib/strings/page-strings'
import { t } from '@/lib/strings/strings'
import styles from './linked-demands.module.css'

/** The workers' demands behind the item (GET /api/demands?item=…). */
export function LinkedDemands({ itemId }: { itemId: string }) {
  const headingId = useId()
  const demands = useQuery(demandsQuery({ item: itemId, pageSize: 100 }))
  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {tp.item.demands}
        {demands.data ? <span className={styles.count}>（{demands.data.total}）</span> : null}
      </h2>
      {!demands.data ? (
        <QueryFallback queries={[demands]} />
      ) : demands.data.items.length === 0 ? (
        <EmptyState title={tp.item.demandsEmpty} />
      ) : (
        <ul className={styles.list}>
          {demands.data.items.map((demand) => (
            <li key={demand.id} className={styles.entry}>
              <p className={styles.text}>{demand.text}</p>
              <p className={styles.meta}>
                <span>{tp.channel[demand.channel]}</span>
                <time dateTime={demand.submittedAt}>{formatInstant(demand.submittedAt)}</time>
                <span>{t.demandStatus[demand.status]}</span>
                <span>
                  {tp.demands.receipt} {demand.receipt}
                </span>
              </p>
              {demand.reply ? <p className={styles.reply}>{demand.reply}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
