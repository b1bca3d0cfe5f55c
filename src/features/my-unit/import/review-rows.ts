import { duplicateTitles, reviewItemDraft, type ReviewContext } from '@/domain/item-draft-review'
import type { ItemDraft } from '@/domain/model/item'
import type { Unit } from '@/domain/model/unit'
import {
  checkHeaders,
  itemColumns,
  rowDraft,
  sheetRows,
  type ItemColumnKey,
  type SheetRow,
} from '@/lib/sheet/item-columns'
import type { SheetTable } from '@/lib/sheet/workbook'
import { tSheet } from '@/lib/strings/zh-cn-sheet'

// The import preview: every row of the file reviewed by the domain exactly as the form and the
// backend review a new item, plus repeats within the file and of the unit's items. Rows are reviewed
// in slices with a pause between them, so a 5,000-row file keeps the page responsive.

export type CellNote = { column: ItemColumnKey; message: string }

export type ReviewedRow = SheetRow & {
  status: 'ok' | 'bad' | 'empty'
  problems: CellNote[]
  warnings: CellNote[]
  draft: ItemDraft | null
}

export type ImportPreview =
  | { kind: 'headers'; missing: string[]; unknown: string[] }
  | { kind: 'rows'; rows: ReviewedRow[]; unknown: string[]; valid: number; invalid: number; empty: number }

export type ImportContext = Omit<ReviewContext, 'existingTitles'> & {
  listId: string
  unit: Unit
  existingTitles: readonly string[]
}

const columnOfField: Record<string, ItemColumnKey> = {
  title: 'title',
  content: 'content',
  beneficiaries: 'beneficiaries',
  category: 'category',
  unitId: 'unit',
  owner: 'owner',
  leadLeader: 'leadLeader',
  deadline: 'deadline',
  listId: 'unit',
}

const slice = 250
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

export async function reviewTable(
  table: SheetTable,
  context: ImportContext,
  onProgress: (done: number, total: number) => void,
  signal: AbortSignal,
): Promise<ImportPreview> {
  const header = checkHeaders((table[0] ?? []).map((cell) => cell.text))
  if (header.missing.length > 0) return { kind: 'headers', missing: header.missing, unknown: header.unknown }

  const rows = sheetRows(table, header.positions)
  // Trailing empty rows are what a spreadsheet leaves after the data: not worth a line in the report.
  while (rows.length > 0 && rows[rows.length - 1]!.empty) rows.pop()
  const drafts = rows.map((row) =>
    rowDraft(row, {
      campaign: context.campaign,
      units: context.units,
      listId: context.listId,
      defaultUnitId: context.unit.id,
    }),
  )
  const duplicates = duplicateTitles(
    drafts.map((draft, index) => (rows[index]!.empty ? '' : draft.title)),
    context.existingTitles,
  )

  const reviewed: ReviewedRow[] = []
  for (let start = 0; start < rows.length; start += slice) {
    if (signal.aborted) throw signal.reason
    for (let index = start; index < Math.min(rows.length, start + slice); index += 1) {
      const row = rows[index]!
      if (row.empty) {
        reviewed.push({ ...row, status: 'empty', problems: [], warnings: [], draft: null })
        continue
      }
      const review = reviewItemDraft(drafts[index]!, { ...context, existingTitles: [] })
      const problems: CellNote[] = Object.entries(review.errors).map(([field, message]) => ({
        column: columnOfField[field] ?? 'title',
        message,
      }))
      const duplicate = duplicates[index]
      if (duplicate && !problems.some((note) => note.column === 'title')) {
        problems.push({
          column: 'title',
          message:
            duplicate.kind === 'batch'
              ? tSheet.sheet.duplicateInFile(rows[duplicate.firstIndex]!.line)
              : tSheet.sheet.duplicateExisting(duplicate.title),
        })
      }
      const warnings = row.formulas.map((column) => ({ column, message: tSheet.sheet.formulaText }))
      const order = (note: CellNote) => itemColumns.findIndex((column) => column.key === note.column)
      problems.sort((a, b) => order(a) - order(b))
      reviewed.push({
        ...row,
        status: problems.length > 0 ? 'bad' : 'ok',
        problems,
        warnings,
        draft: problems.length > 0 ? null : review.draft,
      })
    }
    onProgress(Math.min(rows.length, start + slice), rows.length)
    await pause()
  }
  const count = (status: ReviewedRow['status']) => reviewed.filter((row) => row.status === status).length
  return {
    kind: 'rows',
    rows: reviewed,
    unknown: header.unknown,
    valid: count('ok'),
    invalid: count('bad'),
    empty: count('empty'),
  }
}
