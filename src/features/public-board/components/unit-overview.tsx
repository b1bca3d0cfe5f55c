import { Link } from 'react-router-dom'
import { ProgressBar } from '@/components/progress-bar'
import type { PublicCounts } from '@/domain/model/public-board'
import { t } from '@/lib/strings/strings'
import styles from './unit-overview.module.css'

type Props = {
  counts: readonly (PublicCounts & { unitId: string })[]
  unitName: (unitId: string) => string
  hrefFor: (unitId: string) => string
  /** The unit's intake page (我要提诉求), where the board offers one. */
  intakeHref: (unitId: string) => string | null
}

/** Every unit with items and how far it is; a unit's name opens its items, 我要提诉求 its intake page. */
export function UnitOverview({ counts, unitName, hrefFor, intakeHref }: Props) {
  return (
    <section aria-labelledby="board-units" className={styles.section}>
      <h2 id="board-units" className={styles.heading}>
        {t.publicBoard.unitsHeading}
      </h2>
      <p className={styles.hint}>{t.publicBoard.unitsHint}</p>
      <ul className={styles.units}>
        {counts.map((row) => {
          const name = unitName(row.unitId)
          const done = t.publicBoard.unitDone(row.done, row.total)
          const intake = intakeHref(row.unitId)
          return (
            <li key={row.unitId} className={styles.unit}>
              <Link to={hrefFor(row.unitId)} className={styles.name}>
                {name}
              </Link>
              <ProgressBar size="sm" value={row.done} max={row.total} label={`${name} ${done}`} valueText={done} />
              <span className={styles.done}>{done}</span>
              {intake ? (
                <Link to={intake} className={styles.submit} aria-label={t.publicBoard.submitFor(name)}>
                  {t.publicBoard.submitLink}
                </Link>
              ) : null}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
