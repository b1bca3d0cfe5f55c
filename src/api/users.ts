import { queryOptions } from '@tanstack/react-query'
import { pageOf } from '@/domain/model/common'
import { UserSchema } from '@/domain/model/user'
import { http } from './http'

export const userKeys = {
  all: ['users'] as const,
  list: () => [...userKeys.all, 'list'] as const,
}

const UserPageSchema = pageOf(UserSchema)

/** The demo users to sign in as (a real server may restrict this list). */
export function listUsers(signal?: AbortSignal) {
  return http('/users', UserPageSchema, { signal })
}

export const usersQuery = () =>
  queryOptions({
    queryKey: userKeys.list(),
    queryFn: ({ signal }) => listUsers(signal),
    staleTime: 5 * 60_000,
  })
