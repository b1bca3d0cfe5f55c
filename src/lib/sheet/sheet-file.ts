import { decodeCsv, parseCsv, writeCsv } from './csv'
import { csvType, saveFile, xlsxType } from './download'
import { readXlsx, writeXlsx, type SheetSpec, type SheetTable } from './workbook'

export type SheetFormat = 'xlsx' | 'csv'

export class UnsupportedFileError extends Error {
  constructor(readonly fileName: string) {
    super(`unsupported file: ${fileName}`)
  }
}

/** A .csv or .xlsx file as a table of text cells. */
export async function readSheetFile(file: Pick<File, 'name' | 'arrayBuffer'>): Promise<SheetTable> {
  const name = file.name.toLowerCase()
  if (name.endsWith('.csv')) {
    const rows = parseCsv(decodeCsv(await file.arrayBuffer()))
    return rows.map((row) => row.map((text) => ({ text, formula: false })))
  }
  if (name.endsWith('.xlsx')) return readXlsx(await file.arrayBuffer())
  throw new UnsupportedFileError(file.name)
}

/** The bytes of a file holding `sheets` (a CSV holds the first sheet only). */
export async function sheetFileData(format: SheetFormat, sheets: readonly SheetSpec[]): Promise<ArrayBuffer | string> {
  if (format === 'xlsx') return writeXlsx(sheets)
  const [first] = sheets
  return writeCsv(first ? [first.columns.map((column) => column.header), ...first.rows] : [])
}

/** Writes the sheets and hands the file to the browser as `<baseName>.<format>`. */
export async function downloadSheets(
  format: SheetFormat,
  baseName: string,
  sheets: readonly SheetSpec[],
): Promise<void> {
  const data = await sheetFileData(format, sheets)
  saveFile(data, `${baseName}.${format}`, format === 'xlsx' ? xlsxType : csvType)
}
