import { sessionCookieName } from '@/contract/session-cookie'
import { intakeLimits } from '@/domain/intake-limits'
import { signInPolicy } from '@/core/sign-in-throttle'
import { baseUrl, call, freshClient, remember } from './client'

// The hardening part of issue 23 (server/http-guards.ts, server/auth/sign-in-throttle.ts, the atomic intake
// limit, TRUST_PROXY, security headers), attacked on the same server (global-setup.ts: TRUST_PROXY=1, DEMO=1)
// and covered by log-scan.test.ts. Use `call` from ./client.ts (its `client` option sets X-Forwarded-For)
// and `remember` for anything secret.
//
// >>> HARDENING ATTACKS: add further attacks here; replace each `it.todo` with its test. <<<

const demandDraft = (text: string) => ({ unitId: 'luling', text })

/** Signs in by the demo form and returns the session cookie the server set (`name=value`). */
async function sessionCookie(userId: string): Promise<string> {
  const response = await fetch(`${baseUrl}/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId }),
  })
  expect(response.status).toBe(201)
  remember(((await response.json()) as { token: string }).token)
  const cookie = response.headers.getSetCookie().find((line) => line.startsWith(`${sessionCookieName}=`))
  expect(cookie).toBeDefined()
  expect(cookie).toMatch(/HttpOnly/i)
  return cookie!.split(';')[0]!
}

async function postWith(cookie: string, headers: Record<string, string>, body: unknown) {
  const response = await fetch(`${baseUrl}/demands`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, ...headers },
    body: JSON.stringify(body),
  })
  return response.status
}

describe('hardening (issue 23)', () => {
  it('CSRF: a write riding on the session cookie from another origin, or from nowhere said, → 403', async () => {
    const cookie = await sessionCookie('secretary-luling')
    const body = { channel: 'symposium', ...demandDraft('希望增加夜班班车车次（跨站测试）') }
    expect(await postWith(cookie, { origin: 'https://evil.example' }, body)).toBe(403)
    expect(await postWith(cookie, { 'sec-fetch-site': 'cross-site' }, body)).toBe(403)
    expect(await postWith(cookie, {}, body)).toBe(403)
    // The app's own origin (a CORS origin of the development server) passes.
    expect(await postWith(cookie, { origin: 'http://localhost:5173' }, body)).toBe(201)
  })

  it('Content-Type: a write whose body is not JSON → 415', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const response = await fetch(`${baseUrl}/public/demands`, {
        method: 'POST',
        headers: { 'content-type': type, 'x-forwarded-for': freshClient() },
        body: JSON.stringify(demandDraft('希望增加夜班班车车次（类型测试）')),
      })
      expect(response.status, type).toBe(415)
    }
  })

  it('spoofed proxies: entries a client adds on the left of X-Forwarded-For do not make it another client', async () => {
    const client = freshClient()
    for (let n = 0; n < intakeLimits.submit.limit; n += 1) {
      const reply = await call('POST', '/public/demands', {
        client: `203.0.113.${n + 1}, ${client}`,
        body: demandDraft(`希望增加夜班班车车次（代理测试 ${n}）`),
      })
      expect(reply.status).toBe(201)
    }
    const over = await call('POST', '/public/demands', {
      client: `203.0.113.99, ${client}`,
      body: demandDraft('希望增加夜班班车车次（代理测试）'),
    })
    expect(over.status).toBe(429)
  })

  it('intake race: many concurrent posts from one client file at most the limit', async () => {
    const client = freshClient()
    const replies = await Promise.all(
      Array.from({ length: intakeLimits.submit.limit * 3 }, (_, n) =>
        call('POST', '/public/demands', { client, body: demandDraft(`希望增加夜班班车车次（并发测试 ${n}）`) }),
      ),
    )
    const filed = replies.filter((reply) => reply.status === 201).length
    expect(filed).toBeLessThanOrEqual(intakeLimits.submit.limit)
    expect(replies.every((reply) => reply.status === 201 || reply.status === 429)).toBe(true)
  })

  it('sign-in throttling: failures past the free ones make every further try wait, from any address', async () => {
    const username = `nobody-${Date.now()}`
    const statuses: number[] = []
    for (let n = 0; n <= signInPolicy.freeFailures; n += 1) {
      const reply = await call('POST', '/session', {
        client: freshClient(),
        body: { username, password: `wrong-${n}` },
      })
      statuses.push(reply.status)
    }
    expect(statuses.slice(0, signInPolicy.freeFailures).every((status) => status === 401)).toBe(true)
    expect(statuses.at(-1)).toBe(429)
  })

  it('sign-in throttling: the right password is refused too while the account must wait', async () => {
    const client = freshClient()
    for (let n = 0; n < signInPolicy.freeFailures; n += 1)
      expect(
        (await call('POST', '/session', { client, body: { username: 'leader-2', password: 'wrong' } })).status,
      ).toBe(401)
    const right = await call('POST', '/session', { client, body: { username: 'leader-2', password: 'demo' } })
    expect(right.status).toBe(429)
    expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(0)
  })

  it('security headers on every answer, errors and unknown paths included', async () => {
    for (const path of ['/campaign', '/nowhere', '/public/board']) {
      const response = await fetch(`${baseUrl}${path}`)
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff')
      expect(response.headers.get('x-frame-options'), path).toBe('DENY')
      expect(response.headers.get('content-security-policy'), path).toContain("default-src 'none'")
    }
  })

  // That the app then keeps no token in storage is checked in the browser (tests/e2e/foundation.e2e.ts).
  it('the session cookie is httpOnly and SameSite, carries the session alone, and dies with sign-out', async () => {
    const response = await fetch(`${baseUrl}/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: 'supervisor-2' }),
    })
    remember(((await response.json()) as { token: string }).token)
    const line = response.headers.getSetCookie().find((l) => l.startsWith(`${sessionCookieName}=`))!
    expect(line).toMatch(/HttpOnly/i)
    expect(line).toMatch(/SameSite=(Lax|Strict)/i)
    const cookie = line.split(';')[0]!
    expect((await fetch(`${baseUrl}/session`, { headers: { cookie } })).status).toBe(200)
    const out = await fetch(`${baseUrl}/session`, {
      method: 'DELETE',
      headers: { cookie, origin: new URL(baseUrl).origin },
    })
    expect(out.status).toBe(204)
    expect(out.headers.getSetCookie().join('\n')).toMatch(new RegExp(`${sessionCookieName}=;|Max-Age=0`, 'i'))
    expect((await fetch(`${baseUrl}/session`, { headers: { cookie } })).status).toBe(401)
  })
})
