import { fieldIssues } from './issue-fields'
import { NewAccountSchema, type NewAccount } from './model/account'
import type { Unit } from './model/unit'
import { roles, type Role } from './model/user'
import { checkNewAccount, roleText } from './user-admin'

// A staff roster imported from a spreadsheet (issue 23): each row of the file checked as the create form and
// the server check a new account (NewAccountSchema, checkNewAccount), plus usernames repeated within the file
// or already taken. Pure: the file is read elsewhere; here a row is its cell texts by column.

const roleChoices = roles.map((role) => roleText[role]).join('、')

export const rosterColumns = [
  { key: 'name', header: '姓名', required: true, hint: '必填，不超过 20 字' },
  { key: 'username', header: '用户名', required: true, hint: '必填，3–32 位字母、数字或 . _ -，用于登录，不能重复' },
  { key: 'role', header: '角色', required: true, hint: `必填，填 ${roleChoices} 之一` },
  { key: 'unit', header: '单位', required: false, hint: '支部书记必填所在基层单位的名称；其他角色选填' },
  { key: 'phone', header: '手机', required: false, hint: '选填' },
  { key: 'title', header: '职务', required: false, hint: '选填，不超过 40 字' },
] as const

export type RosterColumnKey = (typeof rosterColumns)[number]['key']

/** A data row of the file: its spreadsheet line (the header is line 1) and its cells' text by column. */
export type RosterRow = { line: number; cells: Record<RosterColumnKey, string> }

export type RosterNote = { column: RosterColumnKey; message: string }

export type CheckedRosterRow = RosterRow &
  (
    | { status: 'ok'; account: NewAccount; problems: [] }
    | { status: 'bad'; account: null; problems: RosterNote[] }
    | { status: 'empty'; account: null; problems: [] }
  )

export type RosterContext = { units: readonly Unit[]; existingUsernames: readonly string[] }

export const rosterText = {
  noRole: `请填写角色：${roleChoices} 之一`,
  unknownRole: (text: string) => `没有“${text}”这个角色，请填 ${roleChoices} 之一`,
  usernameTaken: (username: string) => `用户名 ${username} 已有账号`,
  usernameRepeated: (line: number) => `与第 ${line} 行的用户名重复`,
}

const columnOfField: Record<keyof NewAccount, RosterColumnKey> = {
  name: 'name',
  username: 'username',
  role: 'role',
  unitId: 'unit',
  phone: 'phone',
  title: 'title',
}

const roleOfText = (text: string): Role | undefined =>
  roles.find((role) => roleText[role] === text || role === text.toLowerCase())

const unitIdOf = (units: readonly Unit[], text: string): string | null =>
  text === ''
    ? null
    : (units.find((unit) => unit.name === text)?.id ?? units.find((unit) => unit.id === text)?.id ?? text)

function checkRow(row: RosterRow, context: RosterContext): RosterNote[] | NewAccount {
  const { cells } = row
  const notes: RosterNote[] = []
  const role = roleOfText(cells.role)
  if (!role)
    notes.push({ column: 'role', message: cells.role === '' ? rosterText.noRole : rosterText.unknownRole(cells.role) })
  const parsed = NewAccountSchema.safeParse({
    name: cells.name,
    username: cells.username,
    role,
    // An unknown name stays as written: checkNewAccount refuses a unit the list does not have.
    unitId: unitIdOf(context.units, cells.unit),
    ...(cells.phone !== '' && { phone: cells.phone }),
    ...(cells.title !== '' && { title: cells.title }),
  })
  if (!parsed.success) {
    for (const [field, message] of Object.entries(fieldIssues(parsed.error.issues))) {
      const column = columnOfField[field as keyof NewAccount] ?? 'name'
      if (!notes.some((note) => note.column === column)) notes.push({ column, message })
    }
  }
  if (role) {
    const unit = checkNewAccount({ role, unitId: unitIdOf(context.units, cells.unit) }, context.units)
    if (!unit.ok && !notes.some((note) => note.column === 'unit')) notes.push({ column: 'unit', message: unit.reason })
  }
  return notes.length > 0 || !parsed.success ? notes : parsed.data
}

/**
 * Every row of the roster checked: ok with the account to create, bad with each problem under its column,
 * or empty (nothing written in it). A username met before in the file, or held by an existing account, is a
 * problem of its row; the first of a repeated pair stays importable.
 */
export function checkRosterRows(rows: readonly RosterRow[], context: RosterContext): CheckedRosterRow[] {
  const existing = new Set(context.existingUsernames)
  const firstLine = new Map<string, number>()
  return rows.map((row): CheckedRosterRow => {
    if (Object.values(row.cells).every((text) => text.trim() === ''))
      return { ...row, status: 'empty', account: null, problems: [] }
    const checked = checkRow(row, context)
    const notes = Array.isArray(checked) ? checked : []
    const username = row.cells.username.trim()
    if (username !== '' && !notes.some((note) => note.column === 'username')) {
      const earlier = firstLine.get(username)
      if (existing.has(username)) notes.push({ column: 'username', message: rosterText.usernameTaken(username) })
      else if (earlier !== undefined) notes.push({ column: 'username', message: rosterText.usernameRepeated(earlier) })
    }
    if (username !== '' && !firstLine.has(username)) firstLine.set(username, row.line)
    const order = (note: RosterNote) => rosterColumns.findIndex((column) => column.key === note.column)
    notes.sort((a, b) => order(a) - order(b))
    return notes.length > 0 || Array.isArray(checked)
      ? { ...row, status: 'bad', account: null, problems: notes }
      : { ...row, status: 'ok', account: checked, problems: [] }
  })
}

/** A problem as one line of text, naming its column (for a report outside the preview table). */
export function rosterNoteText(note: RosterNote): string {
  return `${rosterColumns.find((column) => column.key === note.column)!.header}：${note.message}`
}
