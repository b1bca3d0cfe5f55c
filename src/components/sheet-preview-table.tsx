import { useState } from 'react'
import { TableFrame } from '@/components/table-frame'
import { tSheet } from '@/lib/strings/zh-cn-sheet'
import styles from '@/styles/sheet-import.module.css'

// The preview of a spreadsheet import, whatever its template: every row with what was found in it and,
// after the import, what became of it, a page at a time. The items' and the staff roster's imports use it.

const pageSize = 50

export type PreviewNote<K extends string> = { column: K; message: string }

export type PreviewRow<K extends string> = {
  line: number
  status: 'ok' | 'bad' | 'empty'
  cells: Record<K, string>
  problems: readonly PreviewNote<K>[]
  warnings?: readonly PreviewNote<K>[]
}

export type RowResult = { text: string; tone: 'good' | 'bad' | 'muted' }

type Props<K extends string, R extends PreviewRow<K>> = {
  columns: readonly { key: K; header: string }[]
  rows: readonly R[]
  /** The row's result column; by default its state in the preview. */
  result?: (row: R) => RowResult
  /** Rows kept by 只看有问题的行; by default the bad ones. */
  isProblem?: (row: R) => boolean
}

export const previewResult = (row: Pick<PreviewRow<string>, 'status'>): RowResult =>
  row.status === 'ok'
    ? { text: tSheet.sheet.ok, tone: 'good' }
    : row.status === 'empty'
      ? { text: tSheet.sheet.empty, tone: 'muted' }
      : { text: tSheet.sheet.bad, tone: 'bad' }

const toneClass = { good: styles.good, bad: styles.badText, muted: styles.muted }

export function SheetPreviewTable<K extends string, R extends PreviewRow<K>>({
  columns,
  rows,
  result = previewResult,
  isProblem = (row) => row.status === 'bad',
}: Props<K, R>) {
  const [onlyProblems, setOnlyProblems] = useState(false)
  const [page, setPage] = useState(1)
  const shown = onlyProblems ? rows.filter(isProblem) : rows
  const pages = Math.max(1, Math.ceil(shown.length / pageSize))
  const current = Math.min(page, pages)
  const slice = shown.slice((current - 1) * pageSize, current * pageSize)

  return (
    <div className={styles.preview}>
      <label className={styles.check}>
        <input
          type="checkbox"
          checked={onlyProblems}
          onChange={(event) => {
            setOnlyProblems(event.target.checked)
            setPage(1)
          }}
        />
        {tSheet.sheet.onlyProblems}
      </label>
      <TableFrame caption={tSheet.sheet.previewCaption(current, pages)}>
        <thead>
          <tr>
            <th scope="col">{tSheet.sheet.line}</th>
            <th scope="col">{tSheet.sheet.result}</th>
            {columns.map((column) => (
              <th scope="col" key={column.key}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {slice.map((row) => {
            const { text, tone } = result(row)
            return (
              <tr key={row.line} className={row.status === 'bad' ? styles.badRow : undefined}>
                <th scope="row" data-nowrap>
                  {row.line}
                </th>
                <td className={toneClass[tone]} data-nowrap>
                  {text}
                </td>
                {columns.map((column) => {
                  const problems = row.problems.filter((note) => note.column === column.key)
                  const warnings = (row.warnings ?? []).filter((note) => note.column === column.key)
                  return (
                    <td key={column.key} className={problems.length > 0 ? styles.badCell : undefined}>
                      <span className={styles.cellText}>{row.cells[column.key]}</span>
                      {problems.map((note) => (
                        <span key={note.message} className={styles.cellProblem}>
                          {note.message}
                        </span>
                      ))}
                      {warnings.map((note) => (
                        <span key={note.message} className={styles.cellWarning}>
                          {tSheet.sheet.warning}：{note.message}
                        </span>
                      ))}
                    </td>
                  )
                })}
              </tr>
            )
          })}
        </tbody>
      </TableFrame>
      {pages > 1 ? (
        <nav className={styles.pager} aria-label={tSheet.sheet.previewCaption(current, pages)}>
          <button
            type="button"
            className={styles.secondary}
            disabled={current <= 1}
            onClick={() => setPage(current - 1)}
          >
            {tSheet.sheet.previous}
          </button>
          <span>
            {current} / {pages}
          </span>
          <button
            type="button"
            className={styles.secondary}
            disabled={current >= pages}
            onClick={() => setPage(current + 1)}
          >
            {tSheet.sheet.next}
          </button>
        </nav>
      ) : null}
    </div>
  )
}
