import type {
  changePassword,
  createAccount,
  listAccounts,
  listAudit,
  patchAccount,
  resetPassword,
  revokeSessions,
} from '@/contract/accounts'
import type { Account, AuditAction, AuditEntry } from '@/domain/model/account'
import { allow, firstDenial } from '@/domain/decision'
import type { User } from '@/domain/model/user'
import {
  accountChangeText,
  auditActionText,
  canChangeAccount,
  checkAccountEdit,
  editedAccount,
  checkNewAccount,
  oneTimePassword,
  passwordProblem,
  roleText,
} from '@/domain/user-admin'
import { notFound, refusal, validation } from '../failure'
import { pageSlice } from '../paging'
import { newId, type Store } from '../store'
import type { UseCase } from '../use-case'

// People administration (issue 23). Every admin action writes one audit line (who, when, what, whom),
// never a password or a code; the one-time passwords are drawn from the platform's cryptographic source.

const cryptoInt = (n: number) => crypto.getRandomValues(new Uint32Array(1))[0]! % n

export function auditEntry(
  actor: Pick<User, 'id' | 'name'> | null,
  action: AuditAction,
  target: Pick<Account, 'id' | 'name'> | null,
  at: Date,
  detail = auditActionText[action],
): AuditEntry {
  return {
    id: newId('audit'),
    at: at.toISOString(),
    actorId: actor?.id ?? null,
    actorName: actor?.name ?? '服务器命令',
    action,
    targetId: target?.id ?? null,
    targetName: target?.name ?? null,
    detail,
  }
}

async function target(store: Store, id: string): Promise<Account> {
  const account = await store.accounts.get(id)
  if (!account) throw notFound('账号')
  return account
}

export const listAccountsCase: UseCase<typeof listAccounts> = async ({ store }) =>
  pageSlice(await store.accounts.list())

export const createAccountCase: UseCase<typeof createAccount> = async ({ store, read, user, body, now }) => {
  const unit = checkNewAccount(body, read.units)
  if (!unit.ok) throw refusal(unit)
  if (await store.accounts.usernameTaken(body.username)) throw validation({ username: '该用户名已被使用' })
  const account: Account = {
    id: newId('user'),
    name: body.name,
    role: body.role,
    unitId: body.unitId,
    ...(body.title && { title: body.title }),
    username: body.username,
    phone: body.phone || null,
    disabled: false,
    mustChangePassword: true,
  }
  const initialPassword = oneTimePassword(cryptoInt)
  const unitName = read.units.find((u) => u.id === body.unitId)?.name
  const detail = `新建账号 ${body.username}（${roleText[body.role]}${unitName ? `，${unitName}` : ''}）`
  await store.accounts.save(account, {
    password: initialPassword,
    audit: auditEntry(user, 'create_user', account, now, detail),
  })
  return { account, initialPassword }
}

export const patchAccountCase: UseCase<typeof patchAccount> = async ({ store, read, user, params, body, now }) => {
  let account = await target(store, params.id)
  const { disabled, ...details } = body
  const toggles = disabled !== undefined && disabled !== account.disabled
  // Every check before any write: a refused part leaves the account as it was.
  const checked = firstDenial(
    checkAccountEdit(user, account, details, read.units),
    toggles ? canChangeAccount(user, account) : allow,
  )
  if (!checked.ok) throw refusal(checked)
  const edited = editedAccount(account, details)
  const changes = accountChangeText(account, edited, read.unitName)
  if (changes) {
    await store.accounts.save(edited, {
      audit: auditEntry(user, 'edit_user', edited, now, `${account.name}：${changes}`),
    })
    account = edited
  }
  if (!toggles) return account
  const next = { ...account, disabled }
  await store.accounts.save(next, { audit: auditEntry(user, disabled ? 'disable_user' : 'enable_user', account, now) })
  if (disabled) await store.accounts.endSessions(account.id)
  return next
}

export const resetPasswordCase: UseCase<typeof resetPassword> = async ({ store, user, params, now }) => {
  const account = await target(store, params.id)
  const allowed = canChangeAccount(user, account)
  if (!allowed.ok) throw refusal(allowed)
  const code = oneTimePassword(cryptoInt)
  const next = { ...account, mustChangePassword: true }
  await store.accounts.save(next, { password: code, audit: auditEntry(user, 'reset_password', account, now) })
  await store.accounts.endSessions(account.id)
  return { account: next, code }
}

export const revokeSessionsCase: UseCase<typeof revokeSessions> = async ({ store, user, params, now }) => {
  const account = await target(store, params.id)
  await store.accounts.endSessions(account.id)
  await store.accounts.audit(auditEntry(user, 'revoke_sessions', account, now))
  return null
}

export const listAuditCase: UseCase<typeof listAudit> = async ({ store }) => pageSlice(await store.accounts.auditLog())

export const changePasswordCase: UseCase<typeof changePassword> = async ({ store, user, body, now }) => {
  const account = await target(store, user.id)
  if (!(await store.accounts.verify(account.id, body.currentPassword)))
    throw validation({ currentPassword: '当前密码不正确' })
  const problem = passwordProblem(body.newPassword, account.username)
  if (problem) throw validation({ newPassword: problem })
  if (body.newPassword === body.currentPassword) throw validation({ newPassword: '新密码不能与当前密码相同' })
  await store.accounts.save(
    { ...account, mustChangePassword: false },
    { password: body.newPassword, audit: auditEntry(user, 'change_password', account, now) },
  )
  return null
}
