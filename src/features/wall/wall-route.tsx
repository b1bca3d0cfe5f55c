import { useQuery } from '@tanstack/react-query'
import { lazy, Suspense, useDeferredValue } from 'react'
import { Link } from 'react-router-dom'
import { campaignQuery } from '@/api/campaign'
import { summaryQuery } from '@/api/stats'
import { unitsQuery } from '@/api/units'
import { LoadingState } from '@/components/loading-state'
import { PageHeader } from '@/components/page-header'
import { QueryFallback } from '@/components/query-fallback'
import { StaleMark } from '@/components/stale-mark'
import { dateOf } from '@/domain/dates'
import type { Campaign } from '@/domain/model/campaign'
import type { Summary } from '@/domain/model/stats'
import { checkAsOf } from '@/domain/as-of'
import { formatDate } from '@/lib/format'
import { nameLookup } from '@/lib/name-lookup'
import { t } from '@/lib/strings/strings'
import { AfterFirstPaint } from './components/after-first-paint'
import { AsOfPicker } from './components/as-of-picker'
import { HeadlineStrip } from './components/headline-strip'
import { ItemBoards } from './components/item-boards'
import { KeyThings } from './components/key-things'
import { ListTiles } from './components/list-tiles'
import { UnitMatrix } from './components/unit-matrix'
import { WhenNear } from './components/when-near'
import { domChipLimit } from './board-chips'
import { groupListOf, listTotals, matrixListOf } from './wall-lists'
import { useAsOf } from './use-as-of'
import styles from './wall-route.module.css'

// recharts is heavy: the charts arrive in their own chunk once the figures are on screen.
const WallCharts = lazy(async () => ({ default: (await import('./charts/wall-charts')).WallCharts }))

/**
 * The header's 正在刷新 / stale mark, subscribed on its own: the whole wall re-rendering each time a refetch
 * starts and ends (a live change refetches it) cost a long task for nothing.
 */
function WallStaleMark({ asOf }: { asOf: string | undefined }) {
  const campaign = useQuery(campaignQuery())
  const summary = useQuery(summaryQuery(asOf))
  return (
    <StaleMark
      stale={campaign.isRefetchError || summary.isRefetchError}
      refreshing={summary.isFetching && !summary.isPending}
    />
  )
}

/** 挂图作战: the campaign's figures, the group's key things, every item as a chip, units and charts. */
export function WallRoute() {
  const { asOf, setAsOf } = useAsOf()
  const campaign = useQuery(campaignQuery())
  const summary = useQuery(summaryQuery(asOf))
  // New figures (a live change) reach the headline and the tiles first; the boards, the matrix and the charts
  // below follow in a render of their own that React may interrupt, not in one long task with the headline.
  const belowSummary = useDeferredValue(summary.data)
  const screenHref = asOf ? `/screen?asOf=${asOf}` : '/screen'

  const header = (
    <PageHeader
      title={t.wall.title}
      // The day the figures are as of is in the app's header, once for the page.
      description={t.wall.intro}
      marks={<WallStaleMark asOf={asOf} />}
      actions={
        <>
          <AsOfPicker asOf={asOf} min={campaign.data?.startDate} onChange={setAsOf} />
          <Link className={styles.screen} to={screenHref}>
            {t.wall.screenMode}
          </Link>
        </>
      }
    />
  )

  if (!campaign.data || !summary.data) {
    return (
      <>
        {header}
        <QueryFallback queries={[campaign, summary]} />
      </>
    )
  }

  const outside = asOf ? checkAsOf(asOf, campaign.data.startDate, dateOf(new Date())) : 'ok'
  if (asOf && outside !== 'ok') {
    // A day outside the campaign (an old or hand-written address): said, not shown as a wall of zeros.
    const start = campaign.data.startDate
    return (
      <>
        {header}
        <div className={styles.past} role="alert">
          <p>
            {outside === 'before-start'
              ? t.wall.pageBeforeStart(formatDate(asOf), formatDate(start))
              : t.wall.pageAfterToday(formatDate(asOf))}
          </p>
          <button type="button" onClick={() => setAsOf(undefined)}>
            {t.wall.asOfToday}
          </button>
          <button type="button" onClick={() => setAsOf(start)}>
            {t.wall.asOfStart}
          </button>
        </div>
      </>
    )
  }

  const lists = campaign.data.lists
  return (
    <>
      {header}
      {asOf ? (
        <p className={styles.past} role="status">
          {t.wall.asOfPast(formatDate(asOf))}
          <button type="button" onClick={() => setAsOf(undefined)}>
            {t.wall.asOfToday}
          </button>
        </p>
      ) : null}
      <section aria-labelledby="wall-figures">
        <h2 id="wall-figures" className="visually-hidden">
          {t.wall.figuresHeading}
        </h2>
        <HeadlineStrip summary={summary.data} asOf={asOf} />
        <ListTiles lists={lists} summary={summary.data} asOf={asOf} className={styles.tiles} />
      </section>
      {/* Below the figures: once a frame with the figures has been drawn, in slices (see AfterFirstPaint). */}
      <AfterFirstPaint>
        <BelowTheFigures campaign={campaign.data} summary={belowSummary ?? summary.data} asOf={asOf} />
      </AfterFirstPaint>
    </>
  )
}

type BelowProps = { campaign: Campaign; summary: Summary; asOf: string | undefined }

/** The key things, the chip boards, the unit matrix and the charts, with the unit names they show. */
function BelowTheFigures({ campaign, summary, asOf }: BelowProps) {
  const units = useQuery(unitsQuery())
  const unitName = nameLookup(units.data?.items)
  const lists = campaign.lists
  const groupList = groupListOf(lists)
  const matrixList = matrixListOf(lists)
  const totals = listTotals(summary)
  // At province scale (tens of thousands of items: hundreds of units, megabytes of board) the parts below
  // the fold — the unit matrix and the charts (recharts, three more requests, hundreds of bars) — start
  // once the person scrolls towards them, so that the figures paint first and nothing else competes.
  const large = Object.values(totals).some((total) => total > domChipLimit)
  const chartsLoading = <LoadingState label={t.wall.chartsLoading} />
  // The key things (eight cards of text, a phone's screens below) are laid out and painted only once
  // scrolled near (content-visibility): the first frame costs what is on screen; they stay in the page for
  // search and assistive technology. The boards and the matrix are not: their small targets, measured
  // while skipped, would seem to lie under what follows (axe's target size).
  return (
    <>
      {groupList ? (
        <div className={styles.later}>
          <KeyThings list={groupList} asOf={asOf} unitName={unitName} />
        </div>
      ) : null}
      <ItemBoards lists={lists.filter((list) => list !== groupList)} asOf={asOf} unitName={unitName} totals={totals} />
      {matrixList ? (
        <WhenNear active={large} placeholder={<LoadingState />}>
          <UnitMatrix key={matrixList.id} lists={lists} initialListId={matrixList.id} asOf={asOf} unitName={unitName} />
        </WhenNear>
      ) : null}
      <WhenNear active={large} placeholder={chartsLoading}>
        <Suspense fallback={chartsLoading}>
          <WallCharts campaign={campaign} summary={summary} asOf={asOf} unitName={unitName} />
        </Suspense>
      </WhenNear>
    </>
  )
}
