import { z } from 'zod'
import { SessionSchema, UserSchema } from '@/domain/model/user'
import { baseUrl, call, expectError, expectOk, signIn } from '../contract/harness'

// What a real server adds to the contract's sign-in: scrypt-checked passwords, an httpOnly cookie
// that works like the bearer token, and sign-out closing the session for both.

describe('sign-in on the server', () => {
  it('signs in with username and password, sets an httpOnly session cookie, and accepts it', async () => {
    const response = await fetch(`${baseUrl}/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'supervisor-1', password: 'demo' }),
    })
    expect(response.status).toBe(201)
    const session = SessionSchema.parse(await response.json())
    expect(session.user.id).toBe('supervisor-1')
    const cookie = response.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
    const pair = cookie.split(';')[0]!
    expect(pair.endsWith(session.token)).toBe(true)

    const me = await fetch(`${baseUrl}/session`, { headers: { cookie: pair } })
    expect(z.object({ user: UserSchema }).parse(await me.json()).user.id).toBe('supervisor-1')

    // A write with the cookie says where it comes from, as every browser does (server/http-guards.ts).
    const out = await fetch(`${baseUrl}/session`, {
      method: 'DELETE',
      headers: { cookie: pair, 'sec-fetch-site': 'same-origin' },
    })
    expect(out.status).toBe(204)
    expectError(await call('GET', '/session', { token: session.token }), 401, 'unauthenticated')
  })

  it('refuses a wrong password and an unknown user alike', async () => {
    const wrong = expectError(
      await call('POST', '/session', { body: { username: 'leader-1', password: 'nope' } }),
      401,
      'unauthenticated',
    )
    const unknown = expectError(
      await call('POST', '/session', { body: { username: 'nobody', password: 'demo' } }),
      401,
      'unauthenticated',
    )
    expect(unknown.error.message).toBe(wrong.error.message)
  })

  it('answers CORS preflights from the Vite dev origin only', async () => {
    const preflight = (origin: string) =>
      fetch(`${baseUrl}/items`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
      })
    const dev = await preflight('http://localhost:5173')
    expect(dev.headers.get('access-control-allow-origin')).toBe('http://localhost:5173')
    expect(dev.headers.get('access-control-allow-credentials')).toBe('true')
    const other = await preflight('https://evil.example')
    expect(other.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('refuses a body over the server cap with 413 in the error shape', async () => {
    expectError(
      await call('POST', '/session', {
        rawBody: JSON.stringify({ username: 'x'.repeat(300 * 1024), password: 'demo' }),
      }),
      413,
      'too_large',
    )
  })
})

describe('answers on the wire', () => {
  it('gzips a large JSON answer for a client that accepts it, and sends it plain to one that does not', async () => {
    const token = await signIn('leader-1')
    const board = (encoding: string) =>
      fetch(`${baseUrl}/stats/board?list=double-hundred`, {
        headers: { authorization: `Bearer ${token}`, 'accept-encoding': encoding },
      })
    const gzipped = await board('gzip, deflate')
    expect(gzipped.headers.get('content-encoding')).toBe('gzip')
    const plain = await board('identity')
    expect(plain.headers.get('content-encoding')).toBeNull()
    expect(await gzipped.json()).toEqual(await plain.json())
  })
})

describe('GET /users', () => {
  it('lists the demo users without their password hashes', async () => {
    const reply = expectOk(await call('GET', '/users'), z.object({ items: z.array(z.looseObject({})) }))
    expect(JSON.stringify(reply)).not.toMatch(/password|scrypt/)
  })
})
