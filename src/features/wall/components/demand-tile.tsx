import { useId } from 'react'
import { Link } from 'react-router-dom'
import type { DemandStats } from '@/domain/model/stats'
import { t } from '@/lib/strings/strings'
import styles from './demand-tile.module.css'
import { Figure } from './figure'

/** 职工点单: how many demands were collected and how many became items and got done. */
export function DemandTile({ stats }: { stats: DemandStats }) {
  const titleId = useId()
  return (
    <section className={styles.tile} aria-labelledby={titleId}>
      <h3 id={titleId} className={styles.title}>
        {t.wall.demandsHeading}
      </h3>
      <dl>
        <Figure big label={t.wall.demandsCollected} value={stats.total} unit={t.wall.demandsUnit} />
      </dl>
      <dl className={styles.figures}>
        <Figure label={t.wall.demandsLinked} value={stats.linked} />
        <Figure label={t.wall.demandsLinkedDone} value={stats.linkedDone} />
        <Figure label={t.demandStatus.new} value={stats.byStatus.new} />
      </dl>
      <Link className={styles.more} to="/demands">
        {t.wall.openDemands}
      </Link>
    </section>
  )
}
