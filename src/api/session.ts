import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { SessionSchema, UserSchema, type Session, type SignIn, type User } from '@/domain/model/user'
import { ApiError } from './errors'
import { http, NoContentSchema } from './http'
import { tokenStore } from './token-store'

export const sessionKeys = {
  all: ['session'] as const,
  current: () => [...sessionKeys.all, 'current'] as const,
}

const CurrentSessionSchema = z.object({ user: UserSchema })

/** `{userId}` on the mock, `{username, password}` on a real server; keeps the token for later calls. */
export async function signIn(body: SignIn): Promise<Session> {
  const session = await http('/session', SessionSchema, { method: 'POST', body })
  tokenStore.set(session.token)
  return session
}

export async function getSession(signal?: AbortSignal): Promise<User> {
  const { user } = await http('/session', CurrentSessionSchema, { signal })
  return user
}

/** Closes the session on the server; the token is forgotten even when the server already had. */
export async function signOut(): Promise<void> {
  try {
    await http('/session', NoContentSchema, { method: 'DELETE' })
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
