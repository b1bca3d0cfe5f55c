import { useId, type ReactNode } from 'react'
import { Link } from 'react-router-dom'
import { t } from '@/lib/strings/strings'
import styles from './chart-card.module.css'
import { useWidth } from '@/lib/use-width'

/** A cell of a chart's data table: a value, or a value that leads to the ledger rows behind it. */
export type ChartCell = string | number | { text: string | number; href: string; label: string }

type Props = {
  title: string
  hint?: string
  /** The chart's data as a table: what screen readers and keyboards use, and each bar's drill-down. */
  table: { columns: string[]; rows: ChartCell[][] }
  tableCaption: string
  height?: number
  className?: string
  children: (width: number, height: number) => ReactNode
}

const cellContent = (cell: ChartCell) =>
  typeof cell === 'object' ? (
    <Link to={cell.href} aria-label={cell.label}>
      {cell.text}
    </Link>
  ) : (
    cell
  )

/**
 * A titled chart; the chart draws once its width is known. Its data table sits under it in a
 * disclosure, so that what the mouse reaches by clicking a bar, the keyboard reaches by a link.
 */
export function ChartCard({ title, hint, table, tableCaption, height = 260, className, children }: Props) {
  const titleId = useId()
  const { ref, width } = useWidth<HTMLDivElement>()
  return (
    <figure className={className ? `${styles.card} ${className}` : styles.card} aria-labelledby={titleId}>
      <figcaption id={titleId} className={styles.title}>
        {title}
      </figcaption>
      {hint ? <p className={styles.hint}>{hint}</p> : null}
      <div ref={ref} className={styles.plot} style={{ height }} aria-hidden="true">
        {width > 0 ? children(width, height) : null}
      </div>
      <details className={styles.data}>
        <summary>{t.wall.chartData}</summary>
        <div className={styles.tableScroll}>
          <table className={styles.table}>
            <caption className="visually-hidden">{tableCaption}</caption>
            <thead>
              <tr>
                {table.columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, index) => (
                <tr key={index}>
                  {row.map((cell, column) =>
                    column === 0 ? (
                      <th key={column} scope="row">
                        {cellContent(cell)}
                      </th>
                    ) : (
                      <td key={column}>{cellContent(cell)}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  )
}
