import { queryOptions } from '@tanstack/react-query'
import * as contract from '@/contract/session'
import type { Session, SignIn, User } from '@/domain/model/user'
import { ApiError } from './errors'
import { request } from './http'
import { tokenStore } from './token-store'

export const sessionKeys = {
  all: ['session'] as const,
  current: () => [...sessionKeys.all, 'current'] as const,
}

/** `{userId}` on the mock, `{username, password}` on a real server; keeps the token for later calls. */
export async function signIn(body: SignIn): Promise<Session> {
  const session = await request(contract.signIn, { body })
  tokenStore.set(session.token)
  return session
}

export async function getSession(signal?: AbortSignal): Promise<User> {
  const { user } = await request(contract.getSession, { signal })
  return user
}

/** Closes the session on the server; the token is forgotten even when the server already had. */
export async function signOut(): Promise<void> {
  try {
    await request(contract.signOut)
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 401)) throw error
  } finally {
    tokenStore.clear()
  }
}

/** The signed-in user, or null: no token, or the server no longer knows it. */
export const sessionQuery = () =>
  queryOptions({
    queryKey: sessionKeys.current(),
    queryFn: async ({ signal }): Promise<User | null> => {
      if (!tokenStore.get()) return null
      try {
        return await getSession(signal)
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null
        throw error
      }
    },
    staleTime: 5 * 60_000,
  })
