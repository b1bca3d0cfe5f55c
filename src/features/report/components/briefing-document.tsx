import { useId } from 'react'
import { Link } from 'react-router-dom'
import { demandShare } from '@/domain/briefing-demands'
import { rankingWords, standingPhrase } from '@/domain/briefing-rank'
import type { BriefingDemandChannel } from '@/domain/model/briefing'
import type {
  Briefing,
  BriefingListRow,
  BriefingOverdueRow,
  BriefingRankRow,
  BriefingRedListRow,
  BriefingStruckOffRow,
} from '@/domain/briefing'
import { formatDate, formatNumber, formatPercent } from '@/lib/format'
import { ledgerHref } from '@/lib/ledger-href'
import { tp } from '@/lib/strings/page-strings'
import { t } from '@/lib/strings/strings'
import { briefingTitle } from '../briefing-text'
import styles from './briefing-document.module.css'
import { BriefingTable, type Column } from './briefing-table'

const r = tp.report
const rate = (share: number | null) => (share === null ? r.noSurvey : formatPercent(share))
const alertWhenOverdue = (row: { overdue: number }) => (row.overdue > 0 ? styles.alert : undefined)

/** An item's code (linked to its page) and its title with the key mark, shared by the item tables. */
const itemColumns = <
  Row extends { itemId: string; code: string; title: string; key: boolean; listName: string; unitName: string },
>(): Column<Row>[] => [
  {
    head: r.code,
    nowrap: true,
    cell: (item) => (
      <Link to={`/items/${encodeURIComponent(item.itemId)}`} className={styles.code}>
        {item.code}
      </Link>
    ),
  },
  {
    head: r.itemTitle,
    rowHeader: true,
    className: () => styles.itemTitle,
    cell: (item) => (
      <>
        {item.title}
        {item.key ? r.keyMark : null}
      </>
    ),
  },
  { head: r.list, cell: (item) => item.listName },
  { head: r.unitName, nowrap: true, cell: (item) => item.unitName },
]

const listColumns: Column<BriefingListRow>[] = [
  { head: r.list, rowHeader: true, cell: (list) => list.name },
  { head: r.total, numeric: true, cell: (list) => formatNumber(list.total) },
  { head: r.done, numeric: true, cell: (list) => formatNumber(list.done) },
  { head: r.completion, numeric: true, cell: (list) => formatPercent(list.completion) },
  {
    head: r.keyDone,
    numeric: true,
    cell: (list) => (list.hasKeyItems ? `${formatNumber(list.keyDone)} / ${formatNumber(list.keyTotal)}` : t.list.none),
  },
  { head: r.overdue, numeric: true, className: alertWhenOverdue, cell: (list) => formatNumber(list.overdue) },
  { head: r.red, numeric: true, cell: (list) => formatNumber(list.lights.red) },
]

/** A ranked list shows each place (并列第N for a shared one); a list nobody has finished in shows none. */
const rankColumns = (mine: (row: BriefingRankRow) => boolean, ranked: boolean): Column<BriefingRankRow>[] => [
  ...(ranked
    ? [{ head: r.rank, nowrap: true, cell: (row: BriefingRankRow) => rankingWords.place(row.rank, row.tied) }]
    : []),
  {
    head: r.unitName,
    rowHeader: true,
    cell: (row) => (
      <>
        {row.unitName}
        {mine(row) ? r.thisUnit : null}
      </>
    ),
  },
  { head: r.total, numeric: true, cell: (row) => formatNumber(row.total) },
  { head: r.done, numeric: true, cell: (row) => formatNumber(row.done) },
  { head: r.completion, numeric: true, cell: (row) => formatPercent(row.completion) },
  { head: r.overdue, numeric: true, className: alertWhenOverdue, cell: (row) => formatNumber(row.overdue) },
  { head: r.satisfaction, numeric: true, cell: (row) => rate(row.satisfaction) },
  { head: r.resolution, numeric: true, cell: (row) => formatPercent(row.resolution) },
]

const overdueColumns: Column<BriefingOverdueRow>[] = [
  ...itemColumns<BriefingOverdueRow>(),
  { head: r.deadline, nowrap: true, cell: (item) => formatDate(item.deadline) },
  { head: r.daysOverdue, numeric: true, className: () => styles.alert, cell: (item) => r.days(item.daysOverdue) },
  { head: r.progress, numeric: true, cell: (item) => `${item.progress}%` },
]

const redListColumns: Column<BriefingRedListRow>[] = [
  ...itemColumns<BriefingRedListRow>(),
  {
    head: tp.redList.reasonHeading,
    className: () => styles.alert,
    cell: (item) => tp.redList.reason(item.reason),
  },
]

const struckOffColumns: Column<BriefingStruckOffRow>[] = [
  ...itemColumns<BriefingStruckOffRow>(),
  { head: r.closedOn, nowrap: true, cell: (item) => formatDate(item.closedOn) },
  { head: r.surveyed, numeric: true, cell: (item) => formatNumber(item.surveyed) },
  { head: r.satisfaction, numeric: true, cell: (item) => rate(item.satisfaction) },
]

const channelColumns: Column<BriefingDemandChannel>[] = [
  { head: r.demandChannel, rowHeader: true, cell: (row) => tp.channel[row.channel] },
  { head: r.demandCollected, numeric: true, cell: (row) => formatNumber(row.collected) },
  { head: r.demandAdopted, numeric: true, cell: (row) => formatNumber(row.adopted) },
  { head: r.demandAnswered, numeric: true, cell: (row) => formatNumber(row.answered) },
  { head: r.demandRejected, numeric: true, cell: (row) => formatNumber(row.rejected) },
]

/** Section seven: the demands' figures, then the channels they came through (those with any). */
function DemandSection({ briefing, since }: { briefing: Briefing; since: string }) {
  const { demands } = briefing
  const figures: [string, string][] = [
    [r.demandCollected, r.demandCount(demands.collected)],
    [r.demandSince(since), r.demandCount(demands.collectedSince)],
    [r.demandAdopted, `${r.demandCount(demands.adopted)}（${formatPercent(demandShare(demands.adopted, demands))}）`],
    [r.demandAdoptedDone, r.demandCount(demands.adoptedDone)],
    [r.demandAnswered, r.demandCount(demands.answered)],
    [r.demandRejected, r.demandCount(demands.rejected)],
    [r.demandRejectedWithReason, r.demandCount(demands.rejectedWithReason)],
    [r.demandPending, r.demandCount(demands.pending)],
  ]
  const channels = demands.channels.filter((row) => row.collected > 0)
  const headingId = useId()
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h3 className={styles.heading} id={headingId}>
        {r.demandsHeading}
      </h3>
      {demands.collected === 0 ? (
        <p>{r.demandsNone}</p>
      ) : (
        <>
          <dl className={styles.figures} aria-label={r.demandsFigures}>
            {figures.map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          <BriefingTable
            caption={r.demandsChannels}
            columns={channelColumns}
            rows={channels}
            rowKey={(row) => row.channel}
            footer={[
              r.totalRow,
              formatNumber(demands.collected),
              formatNumber(demands.adopted),
              formatNumber(demands.answered),
              formatNumber(demands.rejected),
            ]}
          />
          <p className={styles.note}>{r.demandsNote}</p>
        </>
      )}
    </section>
  )
}

const satisfactionColumns: Column<BriefingListRow>[] = [
  { head: r.list, rowHeader: true, cell: (list) => list.name },
  { head: r.surveyed, numeric: true, cell: (list) => formatNumber(list.surveyed) },
  { head: r.satisfied, numeric: true, cell: (list) => formatNumber(list.satisfied) },
  { head: r.satisfaction, numeric: true, cell: (list) => rate(list.satisfaction) },
  { head: r.closed, numeric: true, cell: (list) => formatNumber(list.closed) },
  { head: r.resolution, numeric: true, cell: (list) => formatPercent(list.resolution) },
]

/** The briefing as it is printed: title, date line, the paragraph, then the six tables. */
export function BriefingDocument({ briefing }: { briefing: Briefing }) {
  const titleId = useId()
  const since = formatDate(briefing.since)
  const mine = (row: BriefingRankRow) => briefing.unit?.id === row.unitId
  const { overdue, redList, struckOff, totals } = briefing
  const unitFilter = briefing.unit ? { unit: [briefing.unit.id] } : {}
  return (
    <article className={styles.document} aria-labelledby={titleId}>
      <div className={styles.head}>
        <h2 id={titleId} className={styles.title}>
          {briefingTitle(briefing)}
        </h2>
        <p className={styles.meta}>{r.documentMeta(formatDate(briefing.asOf), since)}</p>
      </div>
      <p className={styles.paragraph}>{briefing.paragraph}</p>

      <section className={styles.section}>
        <h3 className={styles.heading}>{r.listsHeading}</h3>
        <BriefingTable
          caption={r.listsHeading}
          captionHidden
          columns={listColumns}
          rows={briefing.lists}
          rowKey={(list) => list.listId}
        />
      </section>

      {briefing.rankings.length > 0 ? (
        <section className={styles.section}>
          <h3 className={styles.heading}>{r.rankingHeading}</h3>
          {briefing.rankings.map((ranking) => {
            const unranked = standingPhrase(ranking.standing)
            return (
              <div key={ranking.listId}>
                {unranked ? <p className={styles.note}>{`${ranking.name}：${unranked}。`}</p> : null}
                <BriefingTable
                  caption={unranked ? r.unrankedCaption(ranking.name) : r.rankingCaption(ranking.name)}
                  columns={rankColumns(mine, unranked === null)}
                  rows={ranking.rows}
                  rowKey={(row) => row.unitId}
                  isCurrent={mine}
                />
              </div>
            )
          })}
        </section>
      ) : null}

      <section className={styles.section}>
        <h3 className={styles.heading}>{r.redListHeading(redList.total)}</h3>
        <p className={styles.note}>{tp.redList.rule}</p>
        {redList.rows.length === 0 ? (
          <p>{r.redListNone}</p>
        ) : (
          <>
            {redList.rows.length < redList.total ? (
              <p className={styles.note}>
                <Link to={ledgerHref({ redList: true, asOf: briefing.asOf, ...unitFilter })}>
                  {r.redListShown(redList.rows.length, redList.total)}
                </Link>
              </p>
            ) : null}
            <BriefingTable
              caption={r.redListHeading(redList.total)}
              captionHidden
              columns={redListColumns}
              rows={redList.rows}
              rowKey={(item) => item.itemId}
            />
          </>
        )}
      </section>

      <section className={styles.section}>
        <h3 className={styles.heading}>{r.overdueHeading(overdue.total)}</h3>
        {overdue.rows.length === 0 ? (
          <p>{r.overdueNone}</p>
        ) : (
          <>
            {overdue.rows.length < overdue.total ? (
              <p className={styles.note}>
                <Link to={ledgerHref({ overdue: true, asOf: briefing.asOf, ...unitFilter })}>
                  {r.overdueShown(overdue.rows.length, overdue.total)}
                </Link>
              </p>
            ) : null}
            <BriefingTable
              caption={r.overdueHeading(overdue.total)}
              captionHidden
              columns={overdueColumns}
              rows={overdue.rows}
              rowKey={(item) => item.itemId}
            />
          </>
        )}
      </section>

      <section className={styles.section}>
        <h3 className={styles.heading}>{r.struckOffHeading(since, struckOff.length)}</h3>
        {struckOff.length === 0 ? (
          <p>{r.struckOffNone}</p>
        ) : (
          <BriefingTable
            caption={r.struckOffHeading(since, struckOff.length)}
            captionHidden
            columns={struckOffColumns}
            rows={struckOff}
            rowKey={(item) => item.itemId}
          />
        )}
      </section>

      <section className={styles.section}>
        <h3 className={styles.heading}>{r.satisfactionHeading}</h3>
        <BriefingTable
          caption={r.satisfactionHeading}
          captionHidden
          columns={satisfactionColumns}
          rows={briefing.lists}
          rowKey={(list) => list.listId}
          footer={[
            r.totalRow,
            formatNumber(totals.surveyed),
            formatNumber(totals.satisfied),
            rate(totals.satisfaction),
            formatNumber(totals.closed),
            formatPercent(totals.resolution),
          ]}
        />
        <p className={styles.note}>{r.satisfactionNote}</p>
      </section>

      <DemandSection briefing={briefing} since={since} />
    </article>
  )
}
