import { allow, forbid, invalid, type Decision } from './decision'
import type { Account, AccountPatch, AuditAction, NewAccount } from './model/account'
import type { Unit } from './model/unit'
import type { Role, User } from './model/user'

// People administration (issue 23): who may administer accounts, what a new account needs, how strong a
// password must be. Pure: the one-time passwords are drawn by the caller's random source.

/** Who keeps the accounts and reads the audit log: the system administrators. */
export function canAdministerUsers(user: Pick<User, 'role'>): Decision {
  return user.role === 'admin' ? allow : forbid('只有系统管理员可以管理人员账号')
}

/** An admin never disables or resets themself (another admin must): no one locks the last door from inside. */
export function canChangeAccount(actor: Pick<User, 'id'>, target: Pick<Account, 'id'>): Decision {
  return actor.id === target.id ? forbid('不能停用或重置自己的账号，请由另一位管理员操作') : allow
}

export const roleText: Record<Role, string> = {
  leader: '集团领导',
  supervisor: '督办组',
  secretary: '支部书记',
  admin: '系统管理员',
}

/** A new account's unit: a secretary answers for one grassroots unit; others may name a home unit. */
export function checkNewAccount(draft: Pick<NewAccount, 'role' | 'unitId'>, units: readonly Unit[]): Decision {
  const unit = draft.unitId === null ? undefined : units.find((u) => u.id === draft.unitId)
  if (draft.unitId !== null && !unit) return invalid('没有这个单位', 'unitId')
  if (draft.role === 'secretary' && unit?.kind !== 'grassroots') return invalid('支部书记须选择一个基层单位', 'unitId')
  return allow
}

/** A person's details after an admin's edit: the role and unit checked as for a new account. */
export function checkAccountEdit(
  actor: Pick<User, 'id'>,
  target: Account,
  patch: AccountPatch,
  units: readonly Unit[],
): Decision {
  if (actor.id === target.id && patch.role !== undefined && patch.role !== target.role)
    return forbid('不能更改自己的角色，请由另一位管理员操作')
  const unitId = patch.unitId !== undefined ? patch.unitId : target.unitId
  return checkNewAccount({ role: patch.role ?? target.role, unitId }, units)
}

/** The account with the patch's details (not its disabled flag). */
export function editedAccount(account: Account, patch: AccountPatch): Account {
  const next: Account = { ...account }
  if (patch.name !== undefined) next.name = patch.name
  if (patch.role !== undefined) next.role = patch.role
  if (patch.unitId !== undefined) next.unitId = patch.unitId
  if (patch.phone !== undefined) next.phone = patch.phone || null
  if (patch.title !== undefined) {
    if (patch.title) next.title = patch.title
    else delete next.title
  }
  return next
}

/** What an edit changed, for the audit log: 单位 朱庄矿 → 芦岭矿；电话 … */
export function accountChangeText(before: Account, after: Account, unitName: (id: string) => string): string {
  const unit = (id: string | null) => (id === null ? '无' : unitName(id))
  const pairs: [string, string, string][] = [
    ['姓名', before.name, after.name],
    ['角色', roleText[before.role], roleText[after.role]],
    ['单位', unit(before.unitId), unit(after.unitId)],
    ['电话', before.phone ?? '无', after.phone ?? '无'],
    ['职务', before.title ?? '无', after.title ?? '无'],
  ]
  return pairs
    .filter(([, from, to]) => from !== to)
    .map(([label, from, to]) => `${label} ${from} → ${to}`)
    .join('；')
}

export const passwordMinLength = 10

/** The minimum strength of a password a person chooses: length, letters and digits, not the username. */
export function passwordProblem(password: string, username?: string): string | null {
  if (password.length < passwordMinLength) return `密码至少 ${passwordMinLength} 位`
  if (!/[A-Za-z]/.test(password) || !/[0-9]/.test(password)) return '密码须同时包含字母和数字'
  if (new Set(password).size < 5) return '密码过于简单，请换一个'
  if (username && password.toLowerCase().includes(username.toLowerCase())) return '密码不能包含用户名'
  return null
}

const codeAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789'

/**
 * A one-time password of 12 characters without look-alikes (0/O, 1/l/I), with letters and digits;
 * `randomInt(n)` draws 0 ≤ k < n (the backend passes a cryptographic source).
 */
export function oneTimePassword(randomInt: (n: number) => number): string {
  for (;;) {
    let code = ''
    for (let i = 0; i < 12; i++) code += codeAlphabet[randomInt(codeAlphabet.length)]
    if (passwordProblem(code) === null) return code
  }
}

export const auditActionText: Record<AuditAction, string> = {
  create_admin: '创建管理员',
  create_user: '新建账号',
  disable_user: '停用账号',
  enable_user: '启用账号',
  reset_password: '重置密码',
  revoke_sessions: '强制下线',
  change_password: '修改本人密码',
  edit_user: '修改人员信息',
  create_unit: '新增单位',
  change_unit: '调整单位',
}

/** The account as the rest of the app knows the person (the directory, the session's user). */
export function directoryUser(account: Account): User {
  return {
    id: account.id,
    name: account.name,
    role: account.role,
    unitId: account.unitId,
    ...(account.title !== undefined && { title: account.title }),
    ...(account.mustChangePassword && { mustChangePassword: true }),
  }
}
