import type { getSession, listUsers, signIn, signOut } from '@/contract/session'
import { keepDirectory } from '../accounts'
import { HttpFailure, unauthenticated, validation } from '../failure'
import { pageSlice } from '../paging'
import type { UseCase } from '../use-case'

export const listUsersCase: UseCase<typeof listUsers> = ({ store, read, user }) => {
  // The demo picker lists everyone; a real deployment shows the directory only to the signed-in.
  if (!store.passwords.demoSignIn && !user) throw unauthenticated()
  return pageSlice(read.users)
}

/** Until the first administrator is created (`npm run admin -- create-admin`), nobody signs in. */
export const notInitialised = () =>
  new HttpFailure('not_initialised', '系统尚未初始化：请在服务器上运行 npm run admin -- create-admin 创建管理员')

export const signInCase: UseCase<typeof signIn> = async ({ core, store, read, body, now, client, openedSession }) => {
  if (!(await store.accounts.hasAdmin())) throw notInitialised()
  let userId: string
  if ('userId' in body) {
    if (!store.passwords.demoSignIn) throw validation({ userId: '请使用用户名和密码登录' })
    if (!read.user(body.userId)) throw validation({ userId: '没有这个演示用户' })
    userId = body.userId
  } else {
    // Growing waits, then a lock, per account and per address (429): guessing a password takes ages.
    const throttle = core.signInThrottle
    await throttle?.admit(body.username, client)
    const checked = await store.passwords.check(body.username, body.password)
    if (!checked) {
      await throttle?.failed(body.username, client)
      throw unauthenticated('用户名或密码不正确')
    }
    await throttle?.succeeded(body.username)
    userId = checked
  }
  const account = await store.accounts.get(userId)
  if (!account || account.disabled) throw new HttpFailure('forbidden', '该账号已停用，请联系系统管理员')
  // An account made by the server command while this process ran is not in the directory yet.
  if (!read.user(userId)) keepDirectory(read, account)
  const session = await store.sessions.open(userId, now)
  openedSession(session)
  return { user: read.user(userId)!, token: session.token }
}

export const getSessionCase: UseCase<typeof getSession> = ({ user }) => ({ user })

export const signOutCase: UseCase<typeof signOut> = async ({ store, token }) => {
  if (token) await store.sessions.close(token)
  return null
}
