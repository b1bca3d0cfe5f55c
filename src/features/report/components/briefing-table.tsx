import type { ReactNode } from 'react'
import styles from './briefing-document.module.css'

/** One column of a briefing table: its heading, how a row fills it, and how it is set on paper. */
export type Column<Row> = {
  head: string
  cell: (row: Row) => ReactNode
  /** Right-aligned figures. */
  numeric?: boolean
  /** Codes, names and dates that must not break across lines. */
  nowrap?: boolean
  /** The cell that names the row (a `<th scope="row">`). */
  rowHeader?: boolean
  className?: (row: Row) => string | undefined
}

type Props<Row> = {
  caption: string
  /** When the section's heading already says it. */
  captionHidden?: boolean
  columns: readonly Column<Row>[]
  rows: readonly Row[]
  rowKey: (row: Row) => string
  /** The row of the unit the briefing is for, marked on screen and on paper. */
  isCurrent?: (row: Row) => boolean
  /** A totals row under the body, cells in the columns' order. */
  footer?: readonly ReactNode[]
}

/** A briefing table: plain on paper, its header repeated on every printed page, no row cut in two. */
export function BriefingTable<Row>({
  caption,
  captionHidden = false,
  columns,
  rows,
  rowKey,
  isCurrent,
  footer,
}: Props<Row>) {
  return (
    <div className={styles.tableWrap} role="region" aria-label={caption} tabIndex={0}>
      <table className={styles.table}>
        <caption className={captionHidden ? 'visually-hidden' : styles.caption}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.head} scope="col" data-numeric={column.numeric || undefined}>
                {column.head}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const current = isCurrent?.(row) ?? false
            return (
              <tr
                key={rowKey(row)}
                className={current ? styles.mine : undefined}
                aria-current={current ? 'true' : undefined}
              >
                {columns.map((column) => {
                  const Cell = column.rowHeader ? 'th' : 'td'
                  return (
                    <Cell
                      key={column.head}
                      scope={column.rowHeader ? 'row' : undefined}
                      data-numeric={column.numeric || undefined}
                      data-nowrap={column.nowrap || undefined}
                      className={column.className?.(row)}
                    >
                      {column.cell(row)}
                    </Cell>
                  )
                })}
              </tr>
            )
          })}
        </tbody>
        {footer ? (
          <tfoot>
            <tr>
              {footer.map((cell, index) => {
                const column = columns[index]
                return column?.rowHeader ? (
                  <th key={column.head} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={column?.head ?? index} data-numeric={column?.numeric || undefined}>
                    {cell}
                  </td>
                )
              })}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  )
}
