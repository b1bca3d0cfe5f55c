import { useQuery } from '@tanstack/react-query'
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react'
import { Link, useSearchParams } from 'react-router-dom'
import { campaignQuery } from '@/api/campaign'
import { summaryQuery } from '@/api/stats'
import { usePollUnlessLive } from '@/api/live/use-live'
import { unitsQuery } from '@/api/units'
import { LiveMark } from '@/components/live-mark'
import { LoadingState } from '@/components/loading-state'
import { QueryFallback } from '@/components/query-fallback'
import { StaleMark } from '@/components/stale-mark'
import { formatDate, formatDateTime } from '@/lib/format'
import { nameLookup } from '@/lib/name-lookup'
import { t } from '@/lib/strings/strings'
import { HeadlineStrip } from './components/headline-strip'
import { ItemBoards } from './components/item-boards'
import { KeyThings } from './components/key-things'
import { ListTiles } from './components/list-tiles'
import { RedListPanel } from './components/red-list-panel'
import { UnitMatrix } from './components/unit-matrix'
import styles from './screen-route.module.css'
import { useAsOf } from './use-as-of'
import { groupListOf, listTotals, matrixListOf } from './wall-lists'

const WallCharts = lazy(async () => ({ default: (await import('./charts/wall-charts')).WallCharts }))

/** Seconds between panels unless ?interval= says otherwise (5 to 600). */
export const defaultInterval = 15
/** The screen refreshes its figures this often while the live channel is down (live, each change does). */
export const refreshMs = 60_000

function intervalFrom(params: URLSearchParams): number {
  const value = Number(params.get('interval'))
  return Number.isFinite(value) && value >= 5 && value <= 600 ? value : defaultInterval
}

/** 大屏模式: the wall for the meeting room, one panel at a time, rotating, refreshing itself. */
export function ScreenRoute() {
  const [params] = useSearchParams()
  const interval = intervalFrom(params)
  const { asOf } = useAsOf()
  const campaign = useQuery(campaignQuery())
  const refetchInterval = usePollUnlessLive(refreshMs)
  const summary = useQuery({ ...summaryQuery(asOf), refetchInterval, refetchIntervalInBackground: true })
  const units = useQuery(unitsQuery())
  const unitName = nameLookup(units.data?.items)
  const [index, setIndex] = useState(0)
  const [paused, setPaused] = useState(false)
  const names = t.screen.panelNames
  const count = names.length

  useEffect(() => {
    if (paused) return
    const timer = window.setInterval(() => setIndex((current) => (current + 1) % count), interval * 1000)
    return () => window.clearInterval(timer)
  }, [paused, interval, count, index])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.code !== 'Space' && event.key !== ' ') return
      const target = event.target
      if (target instanceof HTMLElement && target.closest('button, a, input, select, textarea')) return
      event.preventDefault()
      setPaused((current) => !current)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  const wallHref = asOf ? `/?asOf=${asOf}` : '/'
  const dataTime = summary.dataUpdatedAt > 0 ? formatDateTime(summary.dataUpdatedAt) : null

  let panel: ReactNode
  if (!campaign.data || !summary.data) {
    panel = <QueryFallback queries={[campaign, summary]} />
  } else {
    const lists = campaign.data.lists
    const groupList = groupListOf(lists)
    const matrixList = matrixListOf(lists)
    const panels: ReactNode[] = [
      <div key="figures" className={styles.figures}>
        <HeadlineStrip summary={summary.data} asOf={asOf} />
        <ListTiles lists={lists} summary={summary.data} asOf={asOf} className={styles.tiles} />
      </div>,
      <RedListPanel
        key="red"
        asOf={asOf}
        day={summary.data.asOf}
        unitName={unitName}
        refetchInterval={refetchInterval}
      />,
      groupList ? <KeyThings key="key" list={groupList} asOf={asOf} unitName={unitName} compact /> : null,
      <ItemBoards
        key="boards"
        lists={lists.filter((list) => list !== groupList)}
        asOf={asOf}
        unitName={unitName}
        totals={listTotals(summary.data)}
        compact
      />,
      matrixList ? (
        <UnitMatrix key="units" lists={lists} initialListId={matrixList.id} asOf={asOf} unitName={unitName} compact />
      ) : null,
      <Suspense key="charts" fallback={<LoadingState label={t.wall.chartsLoading} />}>
        <WallCharts campaign={campaign.data} summary={summary.data} asOf={asOf} unitName={unitName} only="screen" />
      </Suspense>,
    ]
    panel = panels[index]
  }

  return (
    <div className={styles.screen}>
      <header className={styles.bar}>
        <div className={styles.titles}>
          <h1 className={styles.title}>{campaign.data?.name ?? t.screen.title}</h1>
          <p className={styles.panelName} aria-live="polite">
            {names[index]} · {t.screen.panel(index + 1, count)}
          </p>
        </div>
        <div className={styles.status}>
          {asOf ? <span className={styles.asOf}>{t.app.dataAsOf(formatDate(asOf))}</span> : null}
          {dataTime ? (
            <span className={styles.time}>
              {/* Viewing a past day, the stamp says when the figures were fetched, not a second "as of". */}
              <time dateTime={new Date(summary.dataUpdatedAt).toISOString()}>
                {asOf ? t.screen.fetchedAt(dataTime) : t.screen.dataAt(dataTime)}
              </time>
            </span>
          ) : null}
          <StaleMark stale={summary.isRefetchError} />
          <LiveMark />
        </div>
        <nav className={styles.controls} aria-label={t.screen.title}>
          <ol className={styles.dots}>
            {names.map((name, position) => (
              <li key={name}>
                <button
                  type="button"
                  className={styles.dot}
                  aria-current={position === index ? 'step' : undefined}
                  aria-label={t.screen.goTo(name)}
                  onClick={() => setIndex(position)}
                />
              </li>
            ))}
          </ol>
          <button
            type="button"
            className={styles.button}
            aria-pressed={paused}
            onClick={() => setPaused((current) => !current)}
            title={t.screen.keyHint}
          >
            {paused ? t.screen.resume : t.screen.pause}
          </button>
          <Link className={styles.button} to={wallHref}>
            {t.screen.exit}
          </Link>
        </nav>
      </header>
      <main className={styles.panel}>{panel}</main>
    </div>
  )
}
