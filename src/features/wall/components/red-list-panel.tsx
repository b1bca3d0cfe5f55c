import { useQuery } from '@tanstack/react-query'
import { useId } from 'react'
import { Link } from 'react-router-dom'
import { itemsQuery } from '@/api/items'
import { QueryFallback } from '@/components/query-fallback'
import { redListReason } from '@/domain/briefing'
import type { IsoDate } from '@/domain/dates'
import { formatNumber } from '@/lib/format'
import { tp } from '@/lib/strings/page-strings'
import { t } from '@/lib/strings/strings'
import { drillHref } from '../use-as-of'
import styles from './red-list-panel.module.css'

/** How many red-listed items the screen lists: as many rows as 1080 lines hold at its type size. */
export const redListScreenRows = 10

type Props = {
  /** The wall's date in the address; undefined is today. */
  asOf: string | undefined
  /** The day the figures count to (the summary's), for the days overdue. */
  day: IsoDate
  unitName: (unitId: string) => string
  /** The screen refreshes its figures this often (ms); false while the live channel is up. */
  refetchInterval: number | false
}

/** 红榜 on the meeting-room screen: how many, then each item, its unit and why, large enough for the back row. */
export function RedListPanel({ asOf, day, unitName, refetchInterval }: Props) {
  const headingId = useId()
  const items = useQuery({
    ...itemsQuery({ redList: true, sort: 'deadline', pageSize: redListScreenRows, ...(asOf ? { asOf } : {}) }),
    refetchInterval,
    refetchIntervalInBackground: true,
  })
  const a = tp.redList
  const page = items.data
  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <div className={styles.head}>
        <h2 id={headingId} className={styles.heading}>
          {a.title}
        </h2>
        {page ? (
          <p className={page.total > 0 ? styles.count : `${styles.count} ${styles.clear}`}>
            <Link
              to={drillHref({ redList: true }, asOf)}
              className={styles.countLink}
              aria-label={t.wall.figureLink(a.title, formatNumber(page.total))}
            >
              {formatNumber(page.total)}
            </Link>
            <span className={styles.countUnit}>{t.wall.itemsUnit}</span>
          </p>
        ) : null}
        <p className={styles.rule}>{a.rule}</p>
      </div>
      {!page ? (
        <QueryFallback queries={[items]} />
      ) : page.items.length === 0 ? (
        <p className={styles.none}>
          <strong>{a.none}</strong>
          <span>{a.noneHint}</span>
        </p>
      ) : (
        <>
          <table className={styles.table} aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col" className={styles.code}>
                  {t.list.code}
                </th>
                <th scope="col">{t.list.title}</th>
                <th scope="col" className={styles.unit}>
                  {t.list.unit}
                </th>
                <th scope="col" className={styles.reason}>
                  {a.reasonHeading}
                </th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((item) => (
                <tr key={item.id}>
                  <td className={styles.code}>{item.code}</td>
                  <th scope="row" className={styles.title}>
                    <Link to={`/items/${encodeURIComponent(item.id)}`}>{item.title}</Link>
                    {item.key ? <span className={styles.key}>{t.list.key}</span> : null}
                  </th>
                  <td className={styles.unit}>{unitName(item.unitId)}</td>
                  <td className={styles.reason}>{a.reason(redListReason(item, day))}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {page.total > page.items.length ? (
            <p className={styles.more}>
              <Link to={drillHref({ redList: true }, asOf)}>{a.more(page.items.length, page.total)}</Link>
            </p>
          ) : null}
        </>
      )}
    </section>
  )
}
