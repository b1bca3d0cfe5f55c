import { useQuery } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { Link } from 'react-router-dom'
import { unitStatsQuery } from '@/api/stats'
import { EmptyState } from '@/components/empty-state'
import { QueryFallback } from '@/components/query-fallback'
import { TableFrame } from '@/components/table-frame'
import type { CampaignList } from '@/domain/model/campaign'
import type { ItemFilters } from '@/domain/model/item-query'
import type { UnitStats } from '@/domain/model/stats'
import { completionRate, resolutionRate, satisfactionRate } from '@/domain/stats'
import { completionBandOf } from '@/domain/wall-standing'
import { formatNumber, formatPercent } from '@/lib/format'
import { listLabel } from '@/lib/name-lookup'
import { t } from '@/lib/strings/strings'
import { drillHref } from '../use-as-of'
import styles from './unit-matrix.module.css'

type Column = 'unit' | 'total' | 'done' | 'keyDone' | 'overdue' | 'rate' | 'satisfaction' | 'resolution'
type Sort = { column: Column; ascending: boolean }

type Props = {
  lists: readonly CampaignList[]
  initialListId: string
  asOf: string | undefined
  unitName: (unitId: string) => string
  compact?: boolean
}

const value = (row: UnitStats, column: Column, unitName: (id: string) => string): number | string =>
  column === 'unit'
    ? unitName(row.unitId)
    : column === 'rate'
      ? completionRate(row)
      : column === 'satisfaction'
        ? (satisfactionRate(row) ?? -1)
        : column === 'resolution'
          ? resolutionRate(row)
          : row[column]

/** Units × counts for one list, laggards first; every count opens exactly the items it counts. */
export function UnitMatrix({ lists, initialListId, asOf, unitName, compact = false }: Props) {
  const headingId = useId()
  const [listId, setListId] = useState(initialListId)
  const [sort, setSort] = useState<Sort>({ column: 'rate', ascending: true })
  const list = lists.find((entry) => entry.id === listId) ?? lists[0]
  const stats = useQuery(unitStatsQuery({ list: listId, ...(asOf ? { asOf } : {}) }))
  if (!list) return null
  const label = listLabel(list)

  const rows = [...(stats.data?.units ?? [])].sort((a, b) => {
    const x = value(a, sort.column, unitName)
    const y = value(b, sort.column, unitName)
    const order = typeof x === 'string' && typeof y === 'string' ? x.localeCompare(y, 'zh-CN') : Number(x) - Number(y)
    return (sort.ascending ? order : -order) || b.overdue - a.overdue || a.unitId.localeCompare(b.unitId)
  })
  const drill = (unitId: string, filters: ItemFilters) =>
    drillHref({ list: [list.id], unit: [unitId], ...filters }, asOf)
  const columns: { column: Column; label: string }[] = [
    { column: 'unit', label: t.wall.unitName },
    { column: 'total', label: t.wall.unitItems },
    { column: 'done', label: t.wall.unitDone },
    { column: 'keyDone', label: t.wall.unitKeyDone },
    { column: 'overdue', label: t.wall.unitOverdue },
    { column: 'rate', label: t.wall.unitRate },
    { column: 'satisfaction', label: t.wall.satisfactionRate },
    { column: 'resolution', label: t.wall.resolutionRate },
  ]
  const cellLink = (to: string, shownValue: string, what: string, unit: string) => (
    <Link to={to} aria-label={t.wall.figureLink(`${unit}${what}`, shownValue)}>
      {shownValue}
    </Link>
  )

  return (
    <section className={compact ? `${styles.section} ${styles.compact}` : styles.section} aria-labelledby={headingId}>
      <div className={styles.head}>
        <h2 id={headingId} className={styles.heading}>
          {t.wall.unitsHeading}
        </h2>
        {lists.length > 1 ? (
          <div className={styles.lists} role="group" aria-label={t.wall.unitsList}>
            {lists.map((entry) => (
              <button
                key={entry.id}
                type="button"
                aria-pressed={entry.id === listId}
                className={styles.listButton}
                onClick={() => setListId(entry.id)}
              >
                {listLabel(entry)}
              </button>
            ))}
          </div>
        ) : null}
      </div>
      {compact ? null : <p className={styles.intro}>{t.wall.unitsIntro}</p>}
      {!stats.data ? (
        <QueryFallback queries={[stats]} />
      ) : rows.length === 0 ? (
        <EmptyState title={t.wall.unitsEmpty} />
      ) : (
        <TableFrame caption={t.wall.unitsCaption(label)} captionHidden>
          <thead>
            <tr>
              {columns.map(({ column, label: columnLabel }) => (
                <th
                  key={column}
                  scope="col"
                  className={column === 'unit' ? undefined : styles.number}
                  aria-sort={sort.column === column ? (sort.ascending ? 'ascending' : 'descending') : undefined}
                >
                  <button
                    type="button"
                    className={styles.sort}
                    aria-label={t.wall.sortBy(columnLabel)}
                    onClick={() =>
                      setSort((current) => ({
                        column,
                        ascending: current.column === column ? !current.ascending : column !== 'overdue',
                      }))
                    }
                  >
                    {columnLabel}
                    <span aria-hidden="true" className={styles.arrow}>
                      {sort.column === column ? (sort.ascending ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const name = unitName(row.unitId)
              const band = completionBandOf(row)
              const rate = formatPercent(completionRate(row))
              const satisfaction = satisfactionRate(row)
              return (
                <tr key={row.unitId}>
                  <th scope="row">
                    <Link
                      className={styles.unitLink}
                      to={drill(row.unitId, {})}
                      aria-label={t.wall.unitLink(name, rate)}
                    >
                      {name}
                    </Link>
                  </th>
                  <td className={styles.number}>
                    {cellLink(drill(row.unitId, {}), formatNumber(row.total), t.wall.unitItems, name)}
                  </td>
                  <td className={styles.number}>
                    {cellLink(
                      drill(row.unitId, { status: ['done', 'closed'] }),
                      formatNumber(row.done),
                      t.wall.unitDone,
                      name,
                    )}
                  </td>
                  <td className={styles.number}>
                    {row.keyTotal > 0
                      ? cellLink(
                          drill(row.unitId, { key: true, status: ['done', 'closed'] }),
                          `${formatNumber(row.keyDone)}/${formatNumber(row.keyTotal)}`,
                          t.wall.unitKeyDone,
                          name,
                        )
                      : t.list.none}
                  </td>
                  <td className={`${styles.number} ${row.overdue > 0 ? styles.overdue : ''}`}>
                    {cellLink(
                      drill(row.unitId, { overdue: true }),
                      formatNumber(row.overdue),
                      t.wall.unitOverdue,
                      name,
                    )}
                  </td>
                  <td className={`${styles.number} ${styles.rate} ${styles[band]}`} data-band={band}>
                    <span
                      className={styles.rateBar}
                      style={{ width: `${completionRate(row) * 100}%` }}
                      aria-hidden="true"
                    />
                    <span className={styles.rateText}>
                      {cellLink(drill(row.unitId, { status: ['done', 'closed'] }), rate, t.wall.unitRate, name)}
                    </span>
                  </td>
                  <td className={styles.number}>
                    {satisfaction === null ? t.wall.notSurveyed : formatPercent(satisfaction)}
                  </td>
                  <td className={styles.number}>{formatPercent(resolutionRate(row))}</td>
                </tr>
              )
            })}
          </tbody>
        </TableFrame>
      )}
    </section>
  )
}
