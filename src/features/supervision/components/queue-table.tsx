import { Link } from 'react-router-dom'
import { LightBadge } from '@/components/light-badge'
import { ProgressBar } from '@/components/progress-bar'
import { StatusBadge } from '@/components/status-badge'
import { TableFrame } from '@/components/table-frame'
import type { QueueEntry } from '@/domain/model/supervision'
import { dateOf } from '@/domain/dates'
import { formatTableDate } from '@/lib/format'
import { tp } from '@/lib/strings/page-strings'
import { t } from '@/lib/strings/strings'
import styles from './queue-table.module.css'
import { ReasonBadges } from './reason-badges'

type Props = {
  caption: string
  entries: readonly QueueEntry[]
  unitName: (id: string) => string
  /** Null when the role may not urge: no selection column. */
  selection: {
    isSelected: (itemId: string) => boolean
    toggle: (entry: QueueEntry) => void
    togglePage: (select: boolean) => void
  } | null
  busy: boolean
}

/** The queue, most urgent first, each row with its reasons; rows can be selected for a bulk urge. */
export function QueueTable({ caption, entries, unitName, selection, busy }: Props) {
  const allSelected =
    selection !== null && entries.length > 0 && entries.every((entry) => selection.isSelected(entry.item.id))
  return (
    <div className={busy ? styles.busy : undefined} aria-busy={busy}>
      <TableFrame caption={caption}>
        <thead>
          <tr>
            {selection ? (
              <th scope="col" className={styles.check}>
                <input
                  type="checkbox"
                  aria-label={tp.supervision.selectPage}
                  checked={allSelected}
                  onChange={(event) => selection.togglePage(event.target.checked)}
                />
              </th>
            ) : null}
            <th scope="col">{t.list.code}</th>
            <th scope="col">{t.list.title}</th>
            <th scope="col">{tp.supervision.reasons}</th>
            <th scope="col">{t.list.unit}</th>
            <th scope="col">{t.list.deadline}</th>
            <th scope="col">{t.list.status}</th>
            <th scope="col">{t.list.progress}</th>
            <th scope="col">{t.list.light}</th>
            <th scope="col">{tp.item.urges}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map(({ item, reasons }) => (
            <tr key={item.id}>
              {selection ? (
                <td className={styles.check}>
                  <input
                    type="checkbox"
                    aria-label={tp.supervision.select(item.code)}
                    checked={selection.isSelected(item.id)}
                    onChange={() => selection.toggle({ item, reasons })}
                  />
                </td>
              ) : null}
              <td data-nowrap>
                <Link to={`/items/${encodeURIComponent(item.id)}`}>{item.code}</Link>
              </td>
              <th scope="row" className={styles.title}>
                {item.title}
                {item.key ? <span className={styles.key}>{t.list.keyBadge}</span> : null}
              </th>
              <td>
                <ReasonBadges reasons={reasons} />
              </td>
              <td>{unitName(item.unitId)}</td>
              <td data-nowrap>
                <time dateTime={item.deadline}>{formatTableDate(item.deadline, dateOf(new Date()))}</time>
              </td>
              <td>
                <StatusBadge status={item.status} />
              </td>
              <td>
                <div className={styles.progress}>
                  <ProgressBar
                    size="sm"
                    value={item.progress}
                    label={`${item.code} ${t.list.progress}`}
                    valueText={`${item.progress}%`}
                  />
                  <span className={styles.percent}>{item.progress}%</span>
                </div>
              </td>
              <td>
                <LightBadge light={item.light} />
              </td>
              <td data-nowrap>
                {item.urge.count > 0 ? tp.item.urgeCount(item.urge.count, item.urge.open) : t.list.none}
              </td>
            </tr>
          ))}
        </tbody>
      </TableFrame>
    </div>
  )
}
