import type { PreviewNote } from '@/components/sheet-preview-table'
import type { Account } from '@/domain/model/account'
import type { Unit } from '@/domain/model/unit'
import { checkRosterRows, rosterColumns, type CheckedRosterRow, type RosterColumnKey } from '@/domain/roster-rows'
import { roleText } from '@/domain/user-admin'
import { neutraliseCell } from '@/lib/sheet/formula'
import { checkColumnHeaders, readSheetRows, type SheetRow } from '@/lib/sheet/sheet-columns'
import type { SheetSpec, SheetTable } from '@/lib/sheet/workbook'
import { tSheet } from '@/lib/strings/zh-cn-sheet'
import { ta } from '@/lib/strings/zh-cn-admin'

// The staff roster as a spreadsheet: its template, the file read into rows the domain checks (roster-rows.ts),
// and the sheet of one-time passwords after an import. Loaded with the import page only.

export type RosterPreviewRow = CheckedRosterRow & { warnings: PreviewNote<RosterColumnKey>[] }

export type RosterPreview =
  | { kind: 'headers'; missing: string[]; unknown: string[] }
  | {
      kind: 'rows'
      /** The file's rows as read, kept so that the same file can be checked again after an import. */
      source: SheetRow<RosterColumnKey>[]
      rows: RosterPreviewRow[]
      unknown: string[]
      valid: number
      invalid: number
      empty: number
    }

export type RosterContext = { units: readonly Unit[]; accounts: readonly Account[] }

const widths: Record<RosterColumnKey, number> = { name: 12, username: 18, role: 12, unit: 18, phone: 16, title: 16 }
const neutralised = (row: readonly string[]) => row.map(neutraliseCell)

/** The rows read from a file, checked against the units and the accounts there are now. */
export function checkRoster(
  source: SheetRow<RosterColumnKey>[],
  unknown: string[],
  { units, accounts }: RosterContext,
): RosterPreview {
  const checked = checkRosterRows(source, { units, existingUsernames: accounts.map((account) => account.username) })
  const rows = checked.map((row, index) => ({
    ...row,
    warnings: source[index]!.formulas.map((column) => ({ column, message: tSheet.sheet.formulaText })),
  }))
  const count = (status: CheckedRosterRow['status']) => rows.filter((row) => row.status === status).length
  return { kind: 'rows', source, rows, unknown, valid: count('ok'), invalid: count('bad'), empty: count('empty') }
}

/** A table read from the file: its headers matched to the template's columns, then every row checked. */
export function reviewRoster(table: SheetTable, context: RosterContext): RosterPreview {
  const header = checkColumnHeaders(
    rosterColumns,
    (table[0] ?? []).map((cell) => cell.text),
  )
  if (header.missing.length > 0) return { kind: 'headers', missing: header.missing, unknown: header.unknown }
  const source = readSheetRows(table, rosterColumns, header.positions)
  // Trailing empty rows are what a spreadsheet leaves after the data: not worth a line in the preview.
  while (source.length > 0 && source[source.length - 1]!.empty) source.pop()
  return checkRoster(source, header.unknown, context)
}

/** The template: the header row and one example row, and a sheet saying what each column takes. */
export function rosterTemplate(units: readonly Unit[]): SheetSpec[] {
  const example = ta.roster.example
  const unit = units.find((entry) => entry.kind === 'grassroots')?.name ?? ''
  const cells: Record<RosterColumnKey, string> = { ...example, role: roleText.secretary, unit }
  return [
    {
      name: ta.roster.sheetName,
      columns: rosterColumns.map((column) => ({ header: column.header, width: widths[column.key] })),
      rows: [neutralised(rosterColumns.map((column) => cells[column.key]))],
    },
    {
      name: tSheet.sheet.guideSheet,
      columns: [
        { header: tSheet.sheet.guideColumn, width: 14 },
        { header: tSheet.sheet.guideRule, width: 60 },
      ],
      rows: rosterColumns.map((column) => neutralised([column.header, column.hint])),
    },
  ]
}

export const passwordHeaders = [...rosterColumns.slice(0, 4).map((column) => column.header), ta.roster.passwordColumn]

export type CreatedAccount = { account: Account; password: string }

/** 初始密码单: each new account with its one-time password, every cell kept as text (never a formula). */
export function passwordSheets(
  created: readonly CreatedAccount[],
  unitName: (id: string | null) => string,
): SheetSpec[] {
  return [
    {
      name: ta.roster.passwordsFile,
      columns: passwordHeaders.map((header, index) => ({ header, width: [12, 18, 12, 18, 18][index]! })),
      rows: created.map(({ account, password }) =>
        neutralised([account.name, account.username, roleText[account.role], unitName(account.unitId), password]),
      ),
    },
  ]
}
