import { Hono } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import { createMiddleware } from 'hono/factory'
import { endTime, startTime } from 'hono/timing'
import { SignInSchema } from '@/domain/model/user'
import { hashPassword, hashToken, newSessionToken, verifyPassword } from '../auth/passwords'
import { requireUser, type AppContext, type Env } from '../context'
import { unauthenticated, validation } from '../http/failure'
import { readBody } from '../http/parse'
import { pageOf } from '../http/paging'

export const sessionCookie = 'bsstzz_session'

function bearerToken(header: string | undefined): string | null {
  const match = header?.match(/^Bearer\s+(.+)$/i)
  return match?.[1]?.trim() ?? null
}

/** Resolves the session from `Authorization: Bearer` or the httpOnly cookie; no session → user null. */
export const sessionMiddleware = createMiddleware<Env>(async (c, next) => {
  const backend = c.get('backend')
  const token = bearerToken(c.req.header('authorization')) ?? getCookie(c, sessionCookie) ?? null
  let user = null
  if (token) {
    startTime(c, 'session')
    const hash = hashToken(token)
    const now = backend.now()
    let userId = backend.sessions.get(hash, now)
    if (userId === undefined) {
      const { rows } = await backend.db.query<{ user_id: string; expires_at: Date | string }>(
        'SELECT user_id, expires_at FROM sessions WHERE token_hash = $1 AND expires_at > $2',
        [hash, now.toISOString()],
      )
      const row = rows[0]
      userId = row?.user_id ?? null
      if (row) backend.sessions.remember(hash, row.user_id, new Date(row.expires_at), now)
    }
    endTime(c, 'session')
    user = (userId && backend.projection.user(userId)) || null
  }
  c.set('token', user ? token : null)
  c.set('user', user)
  await next()
})

// Checked when the username is unknown, so that a wrong name costs as long as a wrong password.
let decoy: Promise<string> | undefined

async function checkPassword(c: AppContext, username: string, password: string): Promise<string> {
  const { rows } = await c
    .get('backend')
    .db.query<{ id: string; password_hash: string }>('SELECT id, password_hash FROM users WHERE username = $1', [
      username,
    ])
  const row = rows[0]
  const ok = await verifyPassword(password, row?.password_hash ?? (await (decoy ??= hashPassword('decoy'))))
  if (!row || !ok) throw unauthenticated('用户名或密码不正确')
  return row.id
}

export function sessionRoutes() {
  const app = new Hono<Env>()

  app.get('/users', (c) => {
    const backend = c.get('backend')
    // The demo picker lists everyone; a real deployment shows the directory only to the signed-in.
    if (!backend.options.demoSignIn) requireUser(c)
    return c.json(pageOf(backend.projection.users))
  })

  app.post('/session', async (c) => {
    const backend = c.get('backend')
    const body = await readBody(c, SignInSchema, 4 * 1024)
    let userId: string
    if ('userId' in body) {
      if (!backend.options.demoSignIn) throw validation({ userId: '请使用用户名和密码登录' })
      if (!backend.projection.user(body.userId)) throw validation({ userId: '没有这个演示用户' })
      userId = body.userId
    } else {
      userId = await checkPassword(c, body.username, body.password)
    }
    const { token, hash } = newSessionToken()
    const now = backend.now()
    const maxAge = backend.options.sessionDays * 24 * 60 * 60
    const expiresAt = new Date(now.getTime() + maxAge * 1000)
    await backend.db.query(
      'INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)',
      [hash, userId, now.toISOString(), expiresAt.toISOString()],
    )
    backend.sessions.remember(hash, userId, expiresAt, now)
    setCookie(c, sessionCookie, token, {
      httpOnly: true,
      sameSite: 'Lax',
      path: '/api',
      maxAge,
      secure: backend.options.secureCookies,
    })
    return c.json({ user: backend.projection.user(userId), token }, 201)
  })

  app.get('/session', (c) => c.json({ user: requireUser(c) }))

  app.delete('/session', async (c) => {
    requireUser(c)
    const token = c.get('token')
    if (token) {
      const { db, sessions } = c.get('backend')
      const hash = hashToken(token)
      // Forgotten on both sides of the delete: a request that read the row just before it is not kept.
      sessions.forget(hash)
      await db.query('DELETE FROM sessions WHERE token_hash = $1', [hash])
      sessions.forget(hash)
    }
    deleteCookie(c, sessionCookie, { path: '/api' })
    return c.body(null, 204)
  })

  return app
}
