import { useId } from 'react'
import { Link } from 'react-router-dom'
import { ProgressBar } from '@/components/progress-bar'
import type { CampaignList } from '@/domain/model/campaign'
import type { ListStats } from '@/domain/model/stats'
import { resolutionRate, satisfactionRate } from '@/domain/stats'
import { standingOf } from '@/domain/wall-standing'
import { formatNumber, formatPercent } from '@/lib/format'
import { listLabel } from '@/lib/name-lookup'
import { t } from '@/lib/strings/strings'
import { drillHref } from '../use-as-of'
import { Figure } from './figure'
import styles from './list-tile.module.css'

type Props = { list: CampaignList; stats: ListStats; asOf: string | undefined }

const finished = ['done', 'closed'] as const

/** One list's headline, coloured by how the list stands as a whole; every count opens its items. */
export function ListTile({ list, stats, asOf }: Props) {
  const titleId = useId()
  const doneId = useId()
  const keyId = useId()
  const title = listLabel(list)
  const standing = standingOf(stats)
  const health = standing === 'empty' ? 'none' : standing
  const satisfaction = satisfactionRate(stats)
  const drill = (filters: Parameters<typeof drillHref>[0]) => drillHref({ list: [list.id], ...filters }, asOf)
  return (
    <section className={`${styles.tile} ${styles[health]}`} aria-labelledby={titleId}>
      <div className={styles.head}>
        <div className={styles.titleRow}>
          <h3 id={titleId} className={styles.title}>
            {title}
          </h3>
          <span className={styles.health}>
            <span className={styles.healthDot} aria-hidden="true" />
            {standing === 'empty' ? t.wall.noItems : t.wall.health(t.light[health])}
          </span>
        </div>
        {list.shortName && list.shortName !== list.name ? <p className={styles.fullName}>{list.name}</p> : null}
        <p className={styles.target}>{list.target === null ? t.wall.openTarget : t.wall.target(list.target)}</p>
      </div>

      <div className={styles.headline}>
        <p className={styles.figureLine}>
          <span id={doneId} className={styles.figureLabel}>
            {t.wall.done}
          </span>
          <Link
            className={styles.big}
            to={drill({ status: [...finished] })}
            aria-label={t.wall.figureLink(`${title}${t.wall.done}`, formatNumber(stats.done))}
          >
            {formatNumber(stats.done)}
          </Link>
          <span className={styles.of}>
            /{' '}
            <Link
              className={styles.ofLink}
              to={drill({})}
              aria-label={t.wall.figureLink(`${title}${t.wall.total}`, formatNumber(stats.total))}
            >
              {formatNumber(stats.total)}
            </Link>{' '}
            {t.wall.itemsUnit}
          </span>
        </p>
        <ProgressBar
          labelledBy={doneId}
          value={stats.done}
          max={stats.total}
          valueText={t.wall.doneOf(stats.done, stats.total)}
        />
      </div>

      {list.keyTarget !== null ? (
        <div className={styles.key}>
          <p className={styles.figureLine}>
            <span id={keyId} className={styles.figureLabel}>
              {t.wall.keyDone}
            </span>
            <Link
              className={styles.medium}
              to={drill({ key: true, status: [...finished] })}
              aria-label={t.wall.figureLink(`${title}${t.wall.keyDone}`, formatNumber(stats.keyDone))}
            >
              {formatNumber(stats.keyDone)}
            </Link>
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
          <p className={styles.note}>
            <Link to={drill({ key: true })}>{t.wall.keySelected(stats.keyTotal, list.keyTarget)}</Link>
          </p>
        </div>
      ) : null}

      <dl className={styles.figures}>
        <Figure label={t.wall.inProgress} value={stats.inProgress} to={drill({ status: ['in_progress'] })} />
        <Figure label={t.wall.planned} value={stats.planned} to={drill({ status: ['planned'] })} />
        <Figure
          label={t.wall.overdue}
          value={stats.overdue}
          tone={stats.overdue > 0 ? 'alert' : undefined}
          to={drill({ overdue: true })}
        />
        <Figure label={t.wall.closed} value={stats.closed} to={drill({ status: ['closed'] })} />
      </dl>
      <p className={styles.note}>
        {t.wall.rates(
          satisfaction === null ? t.wall.notSurveyed : formatPercent(satisfaction),
          formatPercent(resolutionRate(stats)),
        )}
      </p>

      <div role="group" aria-label={`${title} ${t.wall.lights}`}>
        <dl className={styles.lights}>
          <Figure label={t.light.red} value={stats.lights.red} light="red" to={drill({ light: ['red'] })} />
          <Figure label={t.light.yellow} value={stats.lights.yellow} light="yellow" to={drill({ light: ['yellow'] })} />
          <Figure label={t.light.green} value={stats.lights.green} light="green" to={drill({ light: ['green'] })} />
        </dl>
      </div>

      <Link className={styles.more} to={drill({})}>
        {t.wall.openLedger(title)}
      </Link>
    </section>
  )
}
