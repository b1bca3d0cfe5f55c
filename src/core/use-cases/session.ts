import type { getSession, listUsers, signIn, signOut } from '@/contract/session'
import { unauthenticated, validation } from '../failure'
import { pageSlice } from '../paging'
import type { UseCase } from '../use-case'

export const listUsersCase: UseCase<typeof listUsers> = ({ store, read, user }) => {
  // The demo picker lists everyone; a real deployment shows the directory only to the signed-in.
  if (!store.passwords.demoSignIn && !user) throw unauthenticated()
  return pageSlice(read.users)
}

export const signInCase: UseCase<typeof signIn> = async ({ store, read, body, now, openedSession }) => {
  let userId: string
  if ('userId' in body) {
    if (!store.passwords.demoSignIn) throw validation({ userId: '请使用用户名和密码登录' })
    if (!read.user(body.userId)) throw validation({ userId: '没有这个演示用户' })
    userId = body.userId
  } else {
    const checked = await store.passwords.check(body.username, body.password)
    if (!checked) throw unauthenticated('用户名或密码不正确')
    userId = checked
  }
  const session = await store.sessions.open(userId, now)
  openedSession(session)
  return { user: read.user(userId)!, token: session.token }
}

export const getSessionCase: UseCase<typeof getSession> = ({ user }) => ({ user })

export const signOutCase: UseCase<typeof signOut> = async ({ store, token }) => {
  if (token) await store.sessions.close(token)
  return null
}
