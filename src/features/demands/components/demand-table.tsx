import { Link } from 'react-router-dom'
import { StatusBadge } from '@/components/status-badge'
import { TableFrame } from '@/components/table-frame'
import type { Page } from '@/domain/model/common'
import type { Demand } from '@/domain/model/demand'
import type { Unit } from '@/domain/model/unit'
import { formatInstant } from '@/lib/format'
import { nameLookup } from '@/lib/name-lookup'
import { tp } from '@/lib/strings/page-strings'
import styles from './demand-table.module.css'
import { DemandStatusBadge } from '@/components/demand-status-badge'

type Props = {
  page: Page<Demand>
  units: readonly Unit[]
  onTriage: (demand: Demand) => void
  onPage: (page: number) => void
}

export function DemandTable({ page, units, onTriage, onPage }: Props) {
  const unitName = nameLookup(units)
  const from = (page.page - 1) * page.pageSize + 1
  const to = from + page.items.length - 1
  const last = Math.max(1, Math.ceil(page.total / page.pageSize))
  return (
    <>
      <TableFrame caption={`${tp.demands.tableCaption} · ${tp.demands.showing(from, to, page.total)}`}>
        <thead>
          <tr>
            <th scope="col">{tp.demands.receipt}</th>
            <th scope="col">{tp.demands.submittedAt}</th>
            <th scope="col">{tp.demands.channel}</th>
            <th scope="col">{tp.demands.unit}</th>
            <th scope="col">{tp.demands.text}</th>
            <th scope="col">{tp.demands.status}</th>
            <th scope="col">{tp.demands.item}</th>
            <th scope="col">
              <span className="visually-hidden">{tp.demands.triage}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {page.items.map((demand) => (
            <tr key={demand.id}>
              <td data-nowrap>{demand.receipt}</td>
              <td data-nowrap>
                <time dateTime={demand.submittedAt}>{formatInstant(demand.submittedAt)}</time>
              </td>
              <td data-nowrap>{tp.channel[demand.channel]}</td>
              <td data-nowrap>{unitName(demand.unitId)}</td>
              <td className={styles.text}>{demand.text}</td>
              <td data-nowrap>
                <DemandStatusBadge status={demand.status} />
              </td>
              <td className={styles.item}>
                {demand.item ? (
                  <>
                    <Link to={`/items/${demand.item.id}`}>
                      {tp.demands.itemLink(demand.item.code, demand.item.title)}
                    </Link>
                    <StatusBadge status={demand.item.status} />
                  </>
                ) : (
                  tp.demands.noItem
                )}
              </td>
              <td>
                <button
                  type="button"
                  className={styles.triage}
                  aria-label={tp.demands.triageLabel(demand.receipt)}
                  onClick={() => onTriage(demand)}
                >
                  {tp.demands.triage}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </TableFrame>
      {last > 1 ? (
        <nav className={styles.pager} aria-label={tp.demands.pages}>
          <button type="button" disabled={page.page <= 1} onClick={() => onPage(page.page - 1)}>
            {tp.demands.prev}
          </button>
          <span>
            {page.page} / {last}
          </span>
          <button type="button" disabled={page.page >= last} onClick={() => onPage(page.page + 1)}>
            {tp.demands.next}
          </button>
        </nav>
      ) : null}
    </>
  )
}
