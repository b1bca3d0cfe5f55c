import { Link } from 'react-router-dom'
import type { Summary } from '@/domain/model/stats'
import { formatNumber } from '@/lib/format'
import { t } from '@/lib/strings/strings'
import { drillHref } from '../use-as-of'
import styles from './headline-strip.module.css'

type Tone = 'red' | 'yellow' | 'green' | 'brand' | 'neutral'
type Tile = {
  label: string
  value: number
  tone: Tone
  to: string
  unit: string
  /** A smaller figure under the tile, not a link (the ledger has no filter for it). */
  note?: string
}

/** The campaign in eight numbers, each a coloured tile that opens the items (or demands) it counts. */
export function HeadlineStrip({ summary, asOf }: { summary: Summary; asOf: string | undefined }) {
  const sum = (pick: (list: Summary['lists'][number]) => number) =>
    summary.lists.reduce((total, list) => total + pick(list), 0)
  const tiles: Tile[] = [
    {
      label: t.wall.total,
      value: sum((l) => l.total),
      tone: 'neutral',
      to: drillHref({}, asOf),
      unit: t.wall.itemsUnit,
    },
    {
      label: t.wall.done,
      value: sum((l) => l.done),
      tone: 'brand',
      to: drillHref({ status: ['done', 'closed'] }, asOf),
      unit: t.wall.itemsUnit,
    },
    {
      label: t.wall.totalOverdue,
      value: sum((l) => l.overdue),
      tone: sum((l) => l.overdue) > 0 ? 'red' : 'green',
      to: drillHref({ overdue: true }, asOf),
      unit: t.wall.itemsUnit,
      // Deadlines moved by an approved extension request (申请延期), beside the overdue count.
      note: t.accountability.extended(sum((l) => l.extended)),
    },
    {
      // The red list (src/domain/red-list.ts): urges past their reply-by date unanswered, or long overdue.
      label: t.wall.redList,
      value: sum((l) => l.redListed),
      tone: sum((l) => l.redListed) > 0 ? 'red' : 'green',
      to: drillHref({ redList: true }, asOf),
      unit: t.wall.itemsUnit,
    },
    {
      label: t.light.red,
      value: sum((l) => l.lights.red),
      tone: 'red',
      to: drillHref({ light: ['red'] }, asOf),
      unit: t.wall.itemsUnit,
    },
    {
      label: t.light.yellow,
      value: sum((l) => l.lights.yellow),
      tone: 'yellow',
      to: drillHref({ light: ['yellow'] }, asOf),
      unit: t.wall.itemsUnit,
    },
    {
      label: t.light.green,
      value: sum((l) => l.lights.green),
      tone: 'green',
      to: drillHref({ light: ['green'] }, asOf),
      unit: t.wall.itemsUnit,
    },
    {
      label: t.wall.demandsCollected,
      value: summary.demands.total,
      tone: 'neutral',
      to: '/demands',
      unit: t.wall.demandsUnit,
    },
  ]
  return (
    <ul className={styles.strip} aria-label={t.wall.figuresHeading}>
      {tiles.map((tile) => (
        <li key={tile.label} className={`${styles.tile} ${styles[tile.tone]}`}>
          {/* The visible text is the name (a label that differed from it would fail WCAG 2.5.3). */}
          <Link className={styles.link} to={tile.to}>
            <span className={styles.label}>
              {tile.tone === 'red' || tile.tone === 'yellow' || tile.tone === 'green' ? (
                <span className={styles.dot} aria-hidden="true" />
              ) : null}
              {tile.label}
            </span>{' '}
            <span className={styles.value}>
              {formatNumber(tile.value)}
              <span className={styles.unit}>{tile.unit}</span>
            </span>
            <span className="visually-hidden">{t.wall.seeItems}</span>
          </Link>
          {tile.note ? <p className={styles.note}>{tile.note}</p> : null}
        </li>
      ))}
    </ul>
  )
}
