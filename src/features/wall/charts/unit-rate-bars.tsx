import { useId } from 'react'
import { Link } from 'react-router-dom'
import type { UnitStats } from '@/domain/model/stats'
import { completionRate } from '@/domain/stats'
import { completionBandOf } from '@/domain/wall-standing'
import { formatNumber, formatPercent } from '@/lib/format'
import { t } from '@/lib/strings/strings'
import { drillHref } from '../use-as-of'
import cardStyles from './chart-card.module.css'
import styles from './unit-rate-bars.module.css'

type Props = {
  title: string
  listId: string
  units: readonly UnitStats[]
  asOf: string | undefined
  unitName: (unitId: string) => string
  className?: string | undefined
  /** The meeting-room screen's larger type. */
  large?: boolean
}

/**
 * 各单位完成率: one bar per unit, laggards first, coloured by how much is done (the domain's bands); beside
 * it the unit's overdue items. Drawn in HTML, not SVG: the unit's name opens its items in the ledger.
 */
export function UnitRateBars({ title, listId, units, asOf, unitName, className, large = false }: Props) {
  const titleId = useId()
  const rows = units
    .map((row) => ({ row, name: unitName(row.unitId), rate: completionRate(row) }))
    .sort((a, b) => a.rate - b.rate || b.row.overdue - a.row.overdue || a.row.unitId.localeCompare(b.row.unitId))
  const drill = (unitId: string, extra: { overdue?: true } = {}) =>
    drillHref({ list: [listId], unit: [unitId], ...extra }, asOf)
  return (
    <figure
      className={[cardStyles.card, className, large ? styles.large : undefined].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
    >
      <figcaption id={titleId} className={cardStyles.title}>
        {title}
      </figcaption>
      <p className={cardStyles.hint}>{t.wall.unitBarsHint}</p>
      <ol className={styles.rows}>
        {rows.map(({ row, name, rate }) => {
          const shown = formatPercent(rate)
          const band = completionBandOf(row)
          return (
            <li key={row.unitId} className={styles.row}>
              <Link className={styles.name} to={drill(row.unitId)} aria-label={t.wall.unitLink(name, shown)}>
                {name}
              </Link>
              <span className={styles.track} aria-hidden="true">
                <span
                  className={`${styles.bar} ${styles[band]}`}
                  data-band={band}
                  style={{ width: `${rate * 100}%` }}
                />
              </span>
              <span className={styles.rate} aria-hidden="true">
                {shown}
              </span>
              {row.overdue > 0 ? (
                <Link
                  className={styles.overdue}
                  to={drill(row.unitId, { overdue: true })}
                  aria-label={t.wall.figureLink(`${name}${t.wall.unitOverdue}`, formatNumber(row.overdue))}
                >
                  {t.wall.overdueBeside(formatNumber(row.overdue))}
                </Link>
              ) : (
                <span className={styles.none}>{t.wall.noOverdue}</span>
              )}
            </li>
          )
        })}
      </ol>
    </figure>
  )
}
