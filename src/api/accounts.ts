import { mutationOptions, queryOptions, type QueryClient } from '@tanstack/react-query'
import * as contract from '@/contract/accounts'
import type { AccountPatch, NewAccount } from '@/domain/model/account'
import { request } from './http'
import { sessionKeys } from './session'
import { userKeys } from './users'

// People administration (issue 23): the admins' accounts and audit log, and everyone's own password.

export const accountKeys = {
  all: ['accounts'] as const,
  list: () => [...accountKeys.all, 'list'] as const,
  audit: () => [...accountKeys.all, 'audit'] as const,
}

export const listAccounts = (signal?: AbortSignal) => request(contract.listAccounts, { signal })
export const listAudit = (signal?: AbortSignal) => request(contract.listAudit, { signal })

export const accountsQuery = () =>
  queryOptions({ queryKey: accountKeys.list(), queryFn: ({ signal }) => listAccounts(signal), staleTime: 30_000 })

export const auditQuery = () =>
  queryOptions({ queryKey: accountKeys.audit(), queryFn: ({ signal }) => listAudit(signal), staleTime: 30_000 })

/** After any change: the accounts, the log, and the directory of users are asked again. */
const refresh = (queryClient: QueryClient) => () =>
  Promise.all([accountKeys.all, userKeys.all].map((queryKey) => queryClient.invalidateQueries({ queryKey })))

export const createAccountMutation = (queryClient: QueryClient) =>
  mutationOptions({
    mutationKey: [...accountKeys.all, 'create'] as const,
    mutationFn: (body: NewAccount) => request(contract.createAccount, { body }),
    onSettled: refresh(queryClient),
  })

export const setDisabledMutation = (queryClient: QueryClient) =>
  mutationOptions({
    mutationKey: [...accountKeys.all, 'disable'] as const,
    mutationFn: ({ id, disabled }: { id: string; disabled: boolean }) =>
      request(contract.patchAccount, { params: { id }, body: { disabled } }),
    onSettled: refresh(queryClient),
  })

export const editAccountMutation = (queryClient: QueryClient) =>
  mutationOptions({
    mutationKey: [...accountKeys.all, 'edit'] as const,
    mutationFn: ({ id, patch }: { id: string; patch: AccountPatch }) =>
      request(contract.patchAccount, { params: { id }, body: patch }),
    onSettled: refresh(queryClient),
  })

export const resetPasswordMutation = (queryClient: QueryClient) =>
  mutationOptions({
    mutationKey: [...accountKeys.all, 'reset'] as const,
    mutationFn: (id: string) => request(contract.resetPassword, { params: { id } }),
    onSettled: refresh(queryClient),
  })

export const revokeSessionsMutation = (queryClient: QueryClient) =>
  mutationOptions({
    mutationKey: [...accountKeys.all, 'revoke'] as const,
    mutationFn: (id: string) => request(contract.revokeSessions, { params: { id } }),
    onSettled: refresh(queryClient),
  })

/** The signed-in user's own password; the session is asked again (the must-change flag is gone). */
export const changePasswordMutation = (queryClient: QueryClient) =>
  mutationOptions({
    mutationKey: ['session', 'password'] as const,
    mutationFn: (body: { currentPassword: string; newPassword: string }) => request(contract.changePassword, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKeys.all }),
  })
