import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { LightBadge } from '@/components/light-badge'
import { ProgressBar } from '@/components/progress-bar'
import { StatusBadge } from '@/components/status-badge'
import { TableFrame } from '@/components/table-frame'
import type { Item } from '@/domain/model/item'
import type { ItemSortField } from '@/domain/model/item-query'
import { formatInstant, formatShortDate } from '@/lib/format'
import { tp } from '@/lib/strings/page-strings'
import { t } from '@/lib/strings/strings'
import styles from './ledger-table.module.css'

type Props = {
  caption: string
  items: readonly Item[]
  sort: string | undefined
  onSort: (sort: string) => void
  unitName: (id: string) => string
  listName: (id: string) => string
  busy: boolean
}

type Column = { field: ItemSortField; label: string; cell: (item: Item) => ReactNode; nowrap?: boolean }

/** The whole ledger row: every column can sort the table (on the server, over all pages). */
export function LedgerTable({ caption, items, sort, onSort, unitName, listName, busy }: Props) {
  const descending = sort?.startsWith('-') ?? false
  const sortField = (sort?.replace(/^-/, '') || 'code') as ItemSortField
  const columns: Column[] = [
    { field: 'listId', label: t.list.list, cell: (item) => listName(item.listId), nowrap: true },
    { field: 'unitId', label: t.list.unit, cell: (item) => unitName(item.unitId) },
    { field: 'leadLeader', label: t.list.leadLeader, cell: (item) => item.leadLeader ?? t.list.none, nowrap: true },
    { field: 'owner', label: t.list.owner, cell: (item) => item.owner, nowrap: true },
    { field: 'deadline', label: t.list.deadline, cell: (item) => <time dateTime={item.deadline}>{formatShortDate(item.deadline)}</time>, nowrap: true },
    { field: 'status', label: t.list.status, cell: (item) => <StatusBadge status={item.status} /> },
    {
      field: 'progress',
      label: t.list.progress,
      cell: (item) => (
        <div className={styles.progress}>
          <ProgressBar size="sm" value={item.progress} label={`${item.code} ${t.list.progress}`} valueText={`${item.progress}%`} />
          <span className={styles.percent}>{item.progress}%</span>
        </div>
      ),
    },
    { field: 'light', label: t.list.light, cell: (item) => <LightBadge light={item.light} /> },
    { field: 'key', label: t.list.key, cell: (item) => (item.key ? <span className={styles.key}>{t.list.key}</span> : <span className={styles.muted}>{t.list.none}</span>) },
    {
      field: 'lastUpdate',
      label: tp.ledger.lastUpdate,
      cell: (item) =>
        item.lastUpdate ? (
          <span className={styles.update}>
            <span>{tp.updateKind[item.lastUpdate.kind]}</span> <time dateTime={item.lastUpdate.at}>{formatInstant(item.lastUpdate.at)}</time>
          </span>
        ) : (
          <span className={styles.muted}>{tp.ledger.noUpdate}</span>
        ),
    },
  ]

  const header = (field: ItemSortField, label: string) => {
    const active = field === sortField
    const next = active && !descending ? `-${field}` : field
    return (
      <th scope="col" key={field} aria-sort={active ? (descending ? 'descending' : 'ascending') : undefined}>
        <button type="button" className={styles.sort} onClick={() => onSort(next)} title={tp.ledger.sortBy(label)}>
          {label}
          <span aria-hidden="true" className={styles.arrow}>
            {active ? (descending ? '▼' : '▲') : '↕'}
          </span>
        </button>
      </th>
    )
  }

  return (
    <div className={busy ? styles.busy : undefined} aria-busy={busy}>
      <TableFrame caption={caption}>
        <thead>
          <tr>
            {header('code', t.list.code)}
            {header('title', t.list.title)}
            {columns.map((column) => header(column.field, column.label))}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <td data-nowrap>
                <Link to={`/items/${encodeURIComponent(item.id)}`}>{item.code}</Link>
              </td>
              <th scope="row" className={styles.title}>
                {item.title}
              </th>
              {columns.map((column) => (
                <td key={column.field} data-nowrap={column.nowrap ? '' : undefined}>
                  {column.cell(item)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </TableFrame>
    </div>
  )
}
