import type * as Excel from 'exceljs'
import type { CellValue, Workbook } from 'exceljs'

// .xlsx through ExcelJS, loaded only when someone imports or exports (it is several hundred KB and
// the wall's first load has a budget): every function here awaits the dynamic import.

/** One cell as the import reads it: its text, and whether the spreadsheet held a formula there. */
export type SheetCell = { text: string; formula: boolean }
export type SheetTable = SheetCell[][]

export type SheetSpec = {
  name: string
  columns: readonly { header: string; width: number }[]
  rows: readonly (readonly string[])[]
}

type ExcelModule = typeof Excel

async function newWorkbook(): Promise<Workbook> {
  // The browser build is a UMD bundle: its exports arrive as the default export.
  const mod = (await import('exceljs')) as ExcelModule & { default?: ExcelModule }
  const excel = mod.default?.Workbook ? mod.default : mod
  return new excel.Workbook()
}

/** A workbook of text cells (typed as text, so Excel does not turn them into numbers or dates). */
export async function writeXlsx(sheets: readonly SheetSpec[]): Promise<ArrayBuffer> {
  const workbook = await newWorkbook()
  workbook.creator = '办实事作战图'
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] })
    sheet.columns = spec.columns.map((column) => ({
      header: column.header,
      width: column.width,
      style: { numFmt: '@' },
    }))
    const header = sheet.getRow(1)
    header.font = { bold: true }
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } }
    for (const row of spec.rows) sheet.addRow([...row])
  }
  const buffer = (await workbook.xlsx.writeBuffer()) as ArrayBuffer | Uint8Array
  return buffer instanceof ArrayBuffer
    ? buffer
    : (buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer)
}

function cellOf(value: CellValue): SheetCell {
  if (value === null || value === undefined) return { text: '', formula: false }
  if (typeof value === 'string') return { text: value, formula: false }
  if (typeof value === 'number') return { text: String(value), formula: false }
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE', formula: false }
  if (value instanceof Date)
    return { text: Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10), formula: false }
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = 'formula' in value ? value.formula : value.sharedFormula
    return { text: `=${formula}`, formula: true }
  }
  if ('richText' in value) return { text: value.richText.map((run) => run.text).join(''), formula: false }
  if ('hyperlink' in value) return { text: value.text, formula: false }
  if ('error' in value) return { text: String(value.error), formula: false }
  return { text: '', formula: false }
}

/** The first worksheet's cells, row by row from the header (row 1), as text. */
export async function readXlsx(bytes: ArrayBuffer): Promise<SheetTable> {
  const workbook = await newWorkbook()
  await workbook.xlsx.load(bytes as never)
  const sheet = workbook.worksheets[0]
  if (!sheet) return []
  const table: SheetTable = []
  const width = sheet.columnCount
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r)
    const cells: SheetCell[] = []
    for (let c = 1; c <= width; c += 1) cells.push(cellOf(row.getCell(c).value))
    table.push(cells)
  }
  return table
}
