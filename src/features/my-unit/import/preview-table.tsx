import { previewResult, SheetPreviewTable, type RowResult } from '@/components/sheet-preview-table'
import { itemColumns } from '@/lib/sheet/item-columns'
import { tSheet } from '@/lib/strings/zh-cn-sheet'
import type { ReviewedRow } from './review-rows'
import type { RowOutcome } from './run-import'

type Props = { rows: readonly ReviewedRow[]; outcomes?: ReadonlyMap<number, RowOutcome> }

function resultOf(row: ReviewedRow, outcome: RowOutcome | undefined): RowResult {
  if (outcome?.kind === 'imported') return { text: tSheet.sheet.imported(outcome.code), tone: 'good' }
  if (outcome?.kind === 'failed') return { text: tSheet.sheet.failed(outcome.message), tone: 'bad' }
  if (outcome?.kind === 'stopped') return { text: tSheet.sheet.stopped, tone: 'bad' }
  return previewResult(row)
}

/** Every row of the file with what was found in it (and, after the import, what became of it), a page at a time. */
export function PreviewTable({ rows, outcomes }: Props) {
  return (
    <SheetPreviewTable
      columns={itemColumns}
      rows={rows}
      result={(row) => resultOf(row, outcomes?.get(row.line))}
      isProblem={(row) => {
        const outcome = outcomes?.get(row.line)
        return row.status === 'bad' || (outcome !== undefined && outcome.kind !== 'imported')
      }}
    />
  )
}
