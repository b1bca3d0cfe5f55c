import { useState } from 'react'
import { TableFrame } from '@/components/table-frame'
import { itemColumns } from '@/lib/sheet/item-columns'
import { tSheet } from '@/lib/strings/zh-cn-sheet'
import type { ReviewedRow } from './review-rows'
import type { RowOutcome } from './run-import'
import styles from './import.module.css'

const pageSize = 50

type Props = { rows: readonly ReviewedRow[]; outcomes?: ReadonlyMap<number, RowOutcome> }

function resultText(row: ReviewedRow, outcome: RowOutcome | undefined): string {
  if (outcome?.kind === 'imported') return tSheet.sheet.imported(outcome.code)
  if (outcome?.kind === 'failed') return tSheet.sheet.failed(outcome.message)
  if (outcome?.kind === 'stopped') return tSheet.sheet.stopped
  return row.status === 'ok' ? tSheet.sheet.ok : row.status === 'empty' ? tSheet.sheet.empty : tSheet.sheet.bad
}

function resultTone(row: ReviewedRow, outcome: RowOutcome | undefined): string {
  if (outcome) return outcome.kind === 'imported' ? styles.good! : styles.badText!
  return row.status === 'ok' ? styles.good! : row.status === 'bad' ? styles.badText! : styles.muted!
}

/** Every row of the file with what was found in it (and, after the import, what became of it), a page at a time. */
export function PreviewTable({ rows, outcomes }: Props) {
  const [onlyProblems, setOnlyProblems] = useState(false)
  const [page, setPage] = useState(1)
  const isProblem = (row: ReviewedRow) => {
    const outcome = outcomes?.get(row.line)
    return row.status === 'bad' || (outcome !== undefined && outcome.kind !== 'imported')
  }
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
            {itemColumns.map((column) => (
              <th scope="col" key={column.key}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {slice.map((row) => {
            const outcome = outcomes?.get(row.line)
            return (
              <tr key={row.line} className={row.status === 'bad' ? styles.badRow : undefined}>
                <th scope="row" data-nowrap>
                  {row.line}
                </th>
                <td className={resultTone(row, outcome)} data-nowrap>
                  {resultText(row, outcome)}
                </td>
                {itemColumns.map((column) => {
                  const problems = row.problems.filter((note) => note.column === column.key)
                  const warnings = row.warnings.filter((note) => note.column === column.key)
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
