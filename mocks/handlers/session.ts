import { http } from 'msw'
import { SignInSchema } from '@/domain/model/user'
import type { MockBackend } from '../backend'
import { HttpFailure, validation } from '../http/failure'
import { created, noContent, ok } from '../http/json'
import { pageOf } from '../http/paging'
import { readBody } from '../http/parse'
import { api } from '../http/paths'
import { route } from '../http/route'

/** The mock's demo password for `{username, password}` sign-in; `{userId}` needs none. */
export const demoPassword = 'demo'

export function sessionHandlers(getBackend: () => MockBackend) {
  return [
    http.get(
      api('/users'),
      route(getBackend, ({ backend }) => ok(pageOf(backend.db.users))),
    ),
    http.post(
      api('/session'),
      route(getBackend, async ({ request, backend }) => {
        const body = await readBody(request, SignInSchema)
        const { db } = backend
        let userId: string
        if ('userId' in body) {
          if (!db.user(body.userId)) throw validation({ userId: '没有这个演示用户' })
          userId = body.userId
        } else {
          if (!db.user(body.username) || body.password !== demoPassword)
            throw new HttpFailure('unauthenticated', '用户名或密码不正确')
          userId = body.username
        }
        const token = crypto.randomUUID()
        db.openSession(token, userId)
        return created({ user: db.user(userId), token })
      }),
    ),
    http.get(
      api('/session'),
      route(getBackend, ({ requireUser }) => ok({ user: requireUser() })),
    ),
    http.delete(
      api('/session'),
      route(getBackend, ({ backend, requireUser, token }) => {
        requireUser()
        if (token) backend.db.closeSession(token)
        return noContent()
      }),
    ),
  ]
}
