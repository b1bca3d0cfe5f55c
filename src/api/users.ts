import { queryOptions } from '@tanstack/react-query'
import * as contract from '@/contract/session'
import { request } from './http'

export const userKeys = {
  all: ['users'] as const,
  list: () => [...userKeys.all, 'list'] as const,
}

/** The demo users to sign in as (a real server may restrict this list). */
export function listUsers(signal?: AbortSignal) {
  return request(contract.listUsers, { signal })
}

export const usersQuery = () =>
  queryOptions({
    queryKey: userKeys.list(),
    queryFn: ({ signal }) => listUsers(signal),
    staleTime: 5 * 60_000,
  })
