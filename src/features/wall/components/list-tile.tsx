import { useId } from 'react'
import { Link } from 'react-router'
import { ProgressBar } from '@/components/progress-bar'
import type { CampaignList } from '@/domain/model/campaign'
import type { ListStats } from '@/domain/model/stats'
import { formatNumber } from '@/lib/format'
import { listLabel } from '@/lib/name-lookup'
import { t } from '@/lib/strings/strings'
import { Figure } from './figure'
import styles from './list-tile.module.css'

type Props = { list: CampaignList; stats: ListStats }

/** One list's headline: done of listed, key items done of the key target, and where the work stands. */
export function ListTile({ list, stats }: Props) {
  const titleId = useId()
  const doneId = useId()
  const keyId = useId()
  const title = listLabel(list)
  return (
    <section className={styles.tile} aria-labelledby={titleId}>
      <div className={styles.head}>
        <h2 id={titleId} className={styles.title}>
          {title}
        </h2>
        {list.shortName && list.shortName !== list.name ? <p className={styles.fullName}>{list.name}</p> : null}
        <p className={styles.target}>{list.target === null ? t.wall.openTarget : t.wall.target(list.target)}</p>
      </div>

      <div className={styles.headline}>
        <p className={styles.figureLine}>
          <span id={doneId} className={styles.figureLabel}>
            {t.wall.done}
          </span>
          <span className={styles.big}>{formatNumber(stats.done)}</span>
          <span className={styles.of}>
            / {formatNumber(stats.total)} {t.wall.itemsUnit}
          </span>
        </p>
        <ProgressBar labelledBy={doneId} value={stats.done} max={stats.total} valueText={t.wall.doneOf(stats.done, stats.total)} />
      </div>

      {list.keyTarget !== null ? (
        <div className={styles.key}>
          <p className={styles.figureLine}>
            <span id={keyId} className={styles.figureLabel}>
              {t.wall.keyDone}
            </span>
            <span className={styles.medium}>{formatNumber(stats.keyDone)}</span>
            <span className={styles.of}>
              / {formatNumber(list.keyTarget)} {t.wall.itemsUnit}
            </span>
          </p>
          <ProgressBar
            labelledBy={keyId}
            tone="key"
            value={stats.keyDone}
            max={list.keyTarget}
            valueText={t.wall.keyOf(stats.keyDone, list.keyTarget)}
          />
          <p className={styles.note}>{t.wall.keySelected(stats.keyTotal, list.keyTarget)}</p>
        </div>
      ) : null}

      <dl className={styles.figures}>
        <Figure label={t.wall.inProgress} value={stats.inProgress} />
        <Figure label={t.wall.planned} value={stats.planned} />
        <Figure label={t.wall.overdue} value={stats.overdue} tone={stats.overdue > 0 ? 'alert' : undefined} />
        <Figure label={t.wall.closed} value={stats.closed} />
      </dl>

      <div role="group" aria-label={t.wall.lights}>
        <dl className={styles.lights}>
          <Figure label={t.light.red} value={stats.lights.red} light="red" />
          <Figure label={t.light.yellow} value={stats.lights.yellow} light="yellow" />
          <Figure label={t.light.green} value={stats.lights.green} light="green" />
        </dl>
      </div>

      <Link className={styles.more} to={`/items?list=${encodeURIComponent(list.id)}`}>
        {t.wall.openLedger(title)}
      </Link>
    </section>
  )
}
