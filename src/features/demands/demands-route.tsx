import { useQuery } from '@tanstack/react-query'
import { demandsQuery } from '@/api/demands'
import { unitsQuery } from '@/api/units'
import { EmptyState } from '@/components/empty-state'
import { PageHeader } from '@/components/page-header'
import { PlannedNote } from '@/components/planned-note'
import { QueryFallback } from '@/components/query-fallback'
import { StaleMark } from '@/components/stale-mark'
import { TableFrame } from '@/components/table-frame'
import { formatInstant } from '@/lib/format'
import { nameLookup } from '@/lib/name-lookup'
import { t } from '@/lib/strings/strings'
import styles from './demands-route.module.css'

const firstPage = { pageSize: 50 }

/** 诉求: the newest demands collected, by channel, unit and where they stand. */
export function DemandsRoute() {
  const demands = useQuery(demandsQuery(firstPage))
  const units = useQuery(unitsQuery())
  return (
    <>
      <PageHeader title={t.demands.title} description={t.demands.intro} marks={<StaleMark stale={demands.isRefetchError} />} />
      {!demands.data || !units.data ? (
        <QueryFallback queries={[demands, units]} />
      ) : demands.data.items.length === 0 ? (
        <EmptyState title={t.demands.empty} />
      ) : (
        <TableFrame caption={`${t.demands.tableCaption} · ${t.demands.showing(demands.data.items.length, demands.data.total)}`}>
          <thead>
            <tr>
              <th scope="col">{t.demands.receipt}</th>
              <th scope="col">{t.demands.submittedAt}</th>
              <th scope="col">{t.demands.channel}</th>
              <th scope="col">{t.demands.unit}</th>
              <th scope="col">{t.demands.text}</th>
              <th scope="col">{t.demands.status}</th>
            </tr>
          </thead>
          <tbody>
            {demands.data.items.map((demand) => (
              <tr key={demand.id}>
                <td data-nowrap>{demand.receipt}</td>
                <td data-nowrap>
                  <time dateTime={demand.submittedAt}>{formatInstant(demand.submittedAt)}</time>
                </td>
                <td data-nowrap>{t.channel[demand.channel]}</td>
                <td data-nowrap>{nameLookup(units.data.items)(demand.unitId)}</td>
                <td className={styles.text}>{demand.text}</td>
                <td data-nowrap>
                  <span className={`${styles.status} ${styles[demand.status]}`}>{t.demandStatus[demand.status]}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </TableFrame>
      )}
      <PlannedNote>{t.demands.next}</PlannedNote>
    </>
  )
}
