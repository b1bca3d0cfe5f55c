import { endpoint } from './endpoint'
import { IdParams } from './params'
import { pageOf } from '@/domain/model/common'
import {
  AccountCreatedSchema,
  AccountPatchSchema,
  AccountSchema,
  AuditEntrySchema,
  NewAccountSchema,
  PasswordChangeSchema,
  PasswordResetSchema,
} from '@/domain/model/account'
import { canAdministerUsers } from '@/domain/user-admin'

// People administration (issue 23): the admins' accounts pages and audit log; everyone's own password.

const admins = { admits: canAdministerUsers }

export const listAccounts = endpoint({
  id: 'listAccounts',
  method: 'get',
  path: '/admin/users',
  access: admins,
  status: 200,
  response: pageOf(AccountSchema),
})

export const createAccount = endpoint({
  id: 'createAccount',
  method: 'post',
  path: '/admin/users',
  access: admins,
  body: NewAccountSchema,
  status: 201,
  response: AccountCreatedSchema,
})

export const patchAccount = endpoint({
  id: 'patchAccount',
  method: 'patch',
  path: '/admin/users/{id}',
  access: admins,
  params: IdParams,
  body: AccountPatchSchema,
  status: 200,
  response: AccountSchema,
})

export const resetPassword = endpoint({
  id: 'resetPassword',
  method: 'post',
  path: '/admin/users/{id}/password-reset',
  access: admins,
  params: IdParams,
  status: 200,
  response: PasswordResetSchema,
})

export const revokeSessions = endpoint({
  id: 'revokeSessions',
  method: 'delete',
  path: '/admin/users/{id}/sessions',
  access: admins,
  params: IdParams,
  status: 204,
  response: null,
})

export const listAudit = endpoint({
  id: 'listAudit',
  method: 'get',
  path: '/admin/audit',
  access: admins,
  status: 200,
  response: pageOf(AuditEntrySchema),
})

export const changePassword = endpoint({
  id: 'changePassword',
  method: 'put',
  path: '/session/password',
  access: 'session',
  body: PasswordChangeSchema,
  bodyLimit: { bytes: 4 * 1024, code: 'validation' },
  beforePasswordChange: true,
  status: 204,
  response: null,
})
