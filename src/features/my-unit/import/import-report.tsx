import { Link } from 'react-router-dom'
import { ImportProgress } from '@/components/sheet-import-parts'
import { tSheet } from '@/lib/strings/zh-cn-sheet'
import { PreviewTable } from './preview-table'
import type { ImportPreview } from './review-rows'
import type { RowOutcome } from './run-import'
import styles from '@/styles/sheet-import.module.css'

type Props = {
  preview: Extract<ImportPreview, { kind: 'rows' }>
  outcomes: readonly RowOutcome[]
  finished: boolean
  fileName: string
  onStop: () => void
  onAgain: () => void
}

/** What was and was not imported, row by row; downloadable so the file can be corrected. */
export function ImportReport({ preview, outcomes, finished, fileName, onStop, onAgain }: Props) {
  const byLine = new Map(outcomes.map((outcome) => [outcome.line, outcome]))
  const imported = outcomes.filter((outcome) => outcome.kind === 'imported').length
  const failed = outcomes.filter((outcome) => outcome.kind === 'failed').length
  const stopped = outcomes.filter((outcome) => outcome.kind === 'stopped').length

  async function download() {
    const { downloadSheets } = await import('@/lib/sheet/sheet-file')
    const { neutraliseRow } = await import('@/lib/sheet/item-columns')
    const rows = preview.rows
      .filter((row) => row.status !== 'empty')
      .map((row) => {
        const outcome = byLine.get(row.line)
        const result =
          outcome?.kind === 'imported'
            ? tSheet.sheet.imported(outcome.code)
            : outcome?.kind === 'failed'
              ? tSheet.sheet.failed(outcome.message)
              : outcome?.kind === 'stopped'
                ? tSheet.sheet.stopped
                : `${tSheet.sheet.bad}：${row.problems.map((note) => note.message).join('；')}`
        return neutraliseRow([String(row.line), row.cells.title, result])
      })
    await downloadSheets('csv', `${fileName.replace(/\.[^.]+$/, '')}-导入结果`, [
      {
        name: tSheet.sheet.reportHeading,
        columns: [tSheet.sheet.line, '项目名称', tSheet.sheet.result].map((header) => ({ header, width: 20 })),
        rows,
      },
    ])
  }

  return (
    <section className={styles.step} aria-labelledby="report-heading">
      <h2 id="report-heading">{tSheet.sheet.reportHeading}</h2>
      {finished ? (
        <p className={styles.summary} role="status">
          {tSheet.sheet.reportSummary(imported, failed, preview.invalid + stopped)}
        </p>
      ) : (
        <ImportProgress
          text={(stopping) =>
            stopping
              ? tSheet.sheet.stopping(outcomes.length, preview.valid)
              : tSheet.sheet.importing(outcomes.length, preview.valid)
          }
          stopLabel={tSheet.sheet.stop}
          onStop={onStop}
        />
      )}
      <PreviewTable rows={preview.rows.filter((row) => row.status !== 'empty')} outcomes={byLine} />
      {finished ? (
        <div className={styles.buttons}>
          <Link to="/my-unit" className={styles.primary}>
            {tSheet.sheet.viewItems}
          </Link>
          <button type="button" className={styles.secondary} onClick={() => void download()}>
            {tSheet.sheet.downloadReport}
          </button>
          <button type="button" className={styles.secondary} onClick={onAgain}>
            {tSheet.sheet.another}
          </button>
        </div>
      ) : null}
    </section>
  )
}
