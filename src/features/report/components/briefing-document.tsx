import { useId, type ReactNode } from 'react'
import { Link } from 'react-router'
import type { Briefing } from '@/domain/briefing'
import { formatDate, formatNumber, formatPercent } from '@/lib/format'
import { ledgerHref } from '@/lib/ledger-url'
import { tp } from '@/lib/strings/page-strings'
import { t } from '@/lib/strings/strings'
import { briefingTitle } from '../briefing-text'
import styles from './briefing-document.module.css'

const rate = (share: number | null) => (share === null ? tp.report.noSurvey : formatPercent(share))

type TableProps = { caption: string; children: ReactNode; /** When the section's heading already says it. */ captionHidden?: boolean }

/** A briefing table: plain on paper, its header repeated on every printed page, no row cut in two. */
function Table({ caption, children, captionHidden = false }: TableProps) {
  return (
    <div className={styles.tableWrap} role="region" aria-label={caption} tabIndex={0}>
      <table className={styles.table}>
        <caption className={captionHidden ? 'visually-hidden' : styles.caption}>{caption}</caption>
        {children}
      </table>
    </div>
  )
}

const itemLink = (itemId: string, code: string) => (
  <Link to={`/items/${encodeURIComponent(itemId)}`} className={styles.code}>
    {code}
  </Link>
)

/** The briefing as it is printed: title, date line, the paragraph, then the five tables. */
export function BriefingDocument({ briefing }: { briefing: Briefing }) {
  const titleId = useId()
  const r = tp.report
  const since = formatDate(briefing.since)
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
        <Table caption={r.listsHeading} captionHidden>
          <thead>
            <tr>
              <th scope="col">{r.list}</th>
              <th scope="col" data-numeric>{r.total}</th>
              <th scope="col" data-numeric>{r.done}</th>
              <th scope="col" data-numeric>{r.completion}</th>
              <th scope="col" data-numeric>{r.keyDone}</th>
              <th scope="col" data-numeric>{r.overdue}</th>
              <th scope="col" data-numeric>{r.red}</th>
            </tr>
          </thead>
          <tbody>
            {briefing.lists.map((list) => (
              <tr key={list.listId}>
                <th scope="row">{list.name}</th>
                <td data-numeric>{formatNumber(list.total)}</td>
                <td data-numeric>{formatNumber(list.done)}</td>
                <td data-numeric>{formatPercent(list.completion)}</td>
                <td data-numeric>{list.hasKeyItems ? `${formatNumber(list.keyDone)} / ${formatNumber(list.keyTotal)}` : t.list.none}</td>
                <td data-numeric className={list.overdue > 0 ? styles.alert : undefined}>{formatNumber(list.overdue)}</td>
                <td data-numeric>{formatNumber(list.lights.red)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </section>

      {briefing.rankings.length > 0 ? (
        <section className={styles.section}>
          <h3 className={styles.heading}>{r.rankingHeading}</h3>
          {briefing.rankings.map((ranking) => (
            <Table key={ranking.listId} caption={r.rankingCaption(ranking.name)}>
              <thead>
                <tr>
                  <th scope="col" data-numeric>{r.rank}</th>
                  <th scope="col">{r.unitName}</th>
                  <th scope="col" data-numeric>{r.total}</th>
                  <th scope="col" data-numeric>{r.done}</th>
                  <th scope="col" data-numeric>{r.completion}</th>
                  <th scope="col" data-numeric>{r.overdue}</th>
                  <th scope="col" data-numeric>{r.satisfaction}</th>
                  <th scope="col" data-numeric>{r.resolution}</th>
                </tr>
              </thead>
              <tbody>
                {ranking.rows.map((row) => {
                  const mine = briefing.unit?.id === row.unitId
                  return (
                    <tr key={row.unitId} className={mine ? styles.mine : undefined} aria-current={mine ? 'true' : undefined}>
                      <td data-numeric>{row.rank}</td>
                      <th scope="row">
                        {row.unitName}
                        {mine ? r.thisUnit : null}
                      </th>
                      <td data-numeric>{formatNumber(row.total)}</td>
                      <td data-numeric>{formatNumber(row.done)}</td>
                      <td data-numeric>{formatPercent(row.completion)}</td>
                      <td data-numeric className={row.overdue > 0 ? styles.alert : undefined}>{formatNumber(row.overdue)}</td>
                      <td data-numeric>{rate(row.satisfaction)}</td>
                      <td data-numeric>{formatPercent(row.resolution)}</td>
                    </tr>
                  )
                })}
              </tbody>
            </Table>
          ))}
        </section>
      ) : null}

      <section className={styles.section}>
        <h3 className={styles.heading}>{r.overdueHeading(briefing.overdue.total)}</h3>
        {briefing.overdue.rows.length === 0 ? (
          <p>{r.overdueNone}</p>
        ) : (
          <>
            {briefing.overdue.rows.length < briefing.overdue.total ? (
              <p className={styles.note}>
                <Link to={ledgerHref({ overdue: true, asOf: briefing.asOf, ...(briefing.unit ? { unit: [briefing.unit.id] } : {}) })}>
                  {r.overdueShown(briefing.overdue.rows.length, briefing.overdue.total)}
                </Link>
              </p>
            ) : null}
            <Table caption={r.overdueHeading(briefing.overdue.total)} captionHidden>
              <thead>
                <tr>
                  <th scope="col">{r.code}</th>
                  <th scope="col">{r.itemTitle}</th>
                  <th scope="col">{r.list}</th>
                  <th scope="col">{r.unitName}</th>
                  <th scope="col">{r.deadline}</th>
                  <th scope="col" data-numeric>{r.daysOverdue}</th>
                  <th scope="col" data-numeric>{r.progress}</th>
                </tr>
              </thead>
              <tbody>
                {briefing.overdue.rows.map((item) => (
                  <tr key={item.itemId}>
                    <td data-nowrap>{itemLink(item.itemId, item.code)}</td>
                    <th scope="row" className={styles.itemTitle}>
                      {item.title}
                      {item.key ? r.keyMark : null}
                    </th>
                    <td>{item.listName}</td>
                    <td data-nowrap>{item.unitName}</td>
                    <td data-nowrap>{formatDate(item.deadline)}</td>
                    <td data-numeric className={styles.alert}>{r.days(item.daysOverdue)}</td>
                    <td data-numeric>{item.progress}%</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </>
        )}
      </section>

      <section className={styles.section}>
        <h3 className={styles.heading}>{r.struckOffHeading(since, briefing.struckOff.length)}</h3>
        {briefing.struckOff.length === 0 ? (
          <p>{r.struckOffNone}</p>
        ) : (
          <Table caption={r.struckOffHeading(since, briefing.struckOff.length)} captionHidden>
            <thead>
              <tr>
                <th scope="col">{r.code}</th>
                <th scope="col">{r.itemTitle}</th>
                <th scope="col">{r.list}</th>
                <th scope="col">{r.unitName}</th>
                <th scope="col">{r.closedOn}</th>
                <th scope="col" data-numeric>{r.surveyed}</th>
                <th scope="col" data-numeric>{r.satisfaction}</th>
              </tr>
            </thead>
            <tbody>
              {briefing.struckOff.map((item) => (
                <tr key={item.itemId}>
                  <td data-nowrap>{itemLink(item.itemId, item.code)}</td>
                  <th scope="row" className={styles.itemTitle}>
                    {item.title}
                    {item.key ? r.keyMark : null}
                  </th>
                  <td>{item.listName}</td>
                  <td data-nowrap>{item.unitName}</td>
                  <td data-nowrap>{formatDate(item.closedOn)}</td>
                  <td data-numeric>{formatNumber(item.surveyed)}</td>
                  <td data-numeric>{rate(item.satisfaction)}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </section>

      <section className={styles.section}>
        <h3 className={styles.heading}>{r.satisfactionHeading}</h3>
        <Table caption={r.satisfactionHeading} captionHidden>
          <thead>
            <tr>
              <th scope="col">{r.list}</th>
              <th scope="col" data-numeric>{r.surveyed}</th>
              <th scope="col" data-numeric>{r.satisfied}</th>
              <th scope="col" data-numeric>{r.satisfaction}</th>
              <th scope="col" data-numeric>{r.closed}</th>
              <th scope="col" data-numeric>{r.resolution}</th>
            </tr>
          </thead>
          <tbody>
            {briefing.lists.map((list) => (
              <tr key={list.listId}>
                <th scope="row">{list.name}</th>
                <td data-numeric>{formatNumber(list.surveyed)}</td>
                <td data-numeric>{formatNumber(list.satisfied)}</td>
                <td data-numeric>{rate(list.satisfaction)}</td>
                <td data-numeric>{formatNumber(list.closed)}</td>
                <td data-numeric>{formatPercent(list.resolution)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{r.totalRow}</th>
              <td data-numeric>{formatNumber(briefing.totals.surveyed)}</td>
              <td data-numeric>{formatNumber(briefing.totals.satisfied)}</td>
              <td data-numeric>{rate(briefing.totals.satisfaction)}</td>
              <td data-numeric>{formatNumber(briefing.totals.closed)}</td>
              <td data-numeric>{formatPercent(briefing.totals.resolution)}</td>
            </tr>
          </tfoot>
        </Table>
        <p className={styles.note}>{r.satisfactionNote}</p>
      </section>
    </article>
  )
}
