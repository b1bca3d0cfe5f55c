import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router-dom'
import { demandsQuery } from '@/api/demands'
import { EmptyState } from '@/components/empty-state'
import { QueryFallback } from '@/components/query-fallback'
import { TableFrame } from '@/components/table-frame'
import { formatInstant } from '@/lib/format'
import { tp } from '@/lib/strings/page-strings'
import { t } from '@/lib/strings/strings'
import styles from '../my-unit.module.css'

type Props = { unitId: string; newItemHref: (demandId: string) => string }

/** The unit's demands, newest first; a new one can become an item here. */
export function UnitDemands({ unitId, newItemHref }: Props) {
  const demands = useQuery(demandsQuery({ unit: unitId, pageSize: 500 }))
  return (
    <section className={styles.section} aria-labelledby="demands-heading">
      <h2 id="demands-heading">{tp.myUnit.demandsHeading}</h2>
      <p className={styles.hint}>{tp.myUnit.demandsIntro}</p>
      {!demands.data ? (
        <QueryFallback queries={[demands]} />
      ) : demands.data.items.length === 0 ? (
        <EmptyState title={tp.myUnit.demandsNone} />
      ) : (
        <TableFrame caption={tp.myUnit.demandsCaption(demands.data.total)}>
          <thead>
            <tr>
              <th scope="col">{tp.demands.receipt}</th>
              <th scope="col">{tp.demands.text}</th>
              <th scope="col">{tp.demands.channel}</th>
              <th scope="col">{tp.demands.submittedAt}</th>
              <th scope="col">{tp.demands.status}</th>
              <th scope="col">
                <span className="visually-hidden">{tp.myUnit.adopt}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {demands.data.items.map((demand) => (
              <tr key={demand.id}>
                <td data-nowrap>{demand.receipt}</td>
                <td className={styles.demandText}>{demand.text}</td>
                <td data-nowrap>{tp.channel[demand.channel]}</td>
                <td data-nowrap>{formatInstant(demand.submittedAt)}</td>
                <td data-nowrap>{t.demandStatus[demand.status]}</td>
                <td data-nowrap>
                  {demand.status === 'new' && demand.itemId === null ? (
                    <Link to={newItemHref(demand.id)} aria-label={tp.myUnit.adoptFor(demand.receipt)}>
                      {tp.myUnit.adopt}
                    </Link>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </TableFrame>
      )}
    </section>
  )
}
