import { looksLikeFormula, restoreCell } from './formula'
import type { SheetTable } from './workbook'

// Reading any template's columns from a table: which header is which column, and each data row's cells by
// column (formula guards removed, formula-like cells noted). The item template and the staff roster use it.

export type TemplateColumn<K extends string> = { key: K; header: string; required: boolean }

export type HeaderCheck<K extends string> = {
  /** Column index of each template column found. */
  positions: Partial<Record<K, number>>
  missing: string[]
  /** Headers that are neither template nor `known` columns; their cells are not read. */
  unknown: string[]
}

const cleanHeader = (text: string) => text.replace(/[\s*＊]/g, '').replace(/[（(].*[)）]$/, '')

/** Where each column's header is; `known` are other headers an export writes and an import ignores. */
export function checkColumnHeaders<K extends string>(
  columns: readonly TemplateColumn<K>[],
  header: readonly string[],
  known: readonly string[] = [],
): HeaderCheck<K> {
  const positions: Partial<Record<K, number>> = {}
  const unknown: string[] = []
  header.forEach((raw, index) => {
    const text = cleanHeader(raw)
    if (text === '') return
    const column = columns.find((entry) => entry.header === text)
    if (column) {
      if (positions[column.key] === undefined) positions[column.key] = index
    } else if (!known.includes(text)) unknown.push(raw.trim())
  })
  const missing = columns
    .filter((column) => column.required && positions[column.key] === undefined)
    .map((column) => column.header)
  return { positions, missing, unknown }
}

export type SheetRow<K extends string> = {
  /** The spreadsheet's row number (the header is row 1). */
  line: number
  /** Cell text by column, formula guards removed. */
  cells: Record<K, string>
  /** Columns whose cell held a formula or formula-like text; taken as text. */
  formulas: K[]
  empty: boolean
}

/** The data rows of a table whose headers passed checkColumnHeaders. */
export function readSheetRows<K extends string>(
  table: SheetTable,
  columns: readonly TemplateColumn<K>[],
  positions: HeaderCheck<K>['positions'],
): SheetRow<K>[] {
  return table.slice(1).map((row, index) => {
    const cells = {} as Record<K, string>
    const formulas: K[] = []
    for (const column of columns) {
      const position = positions[column.key]
      const cell = position === undefined ? undefined : row[position]
      const raw = cell?.text ?? ''
      const text = restoreCell(raw)
      cells[column.key] = text.trim()
      if (cell?.formula || (raw === text && looksLikeFormula(text))) formulas.push(column.key)
    }
    const empty = row.every((cell) => cell.text.trim() === '')
    return { line: index + 2, cells, formulas, empty }
  })
}
