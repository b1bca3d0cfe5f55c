import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ErrorBodySchema } from '@/domain/model/errors'
import { intakeLimits } from '@/domain/intake-limits'
import { clientAddress } from '../../server/http-guards'
import { startServer, type RunningServer } from '../../server/start'
import { baseUrl, signIn } from '../contract/harness'
import { findItem } from '../contract/fixtures'
import { inMemoryServerOptions } from './in-memory-server'

// Issue 23: the server against a hostile network — password guessing, spoofed addresses, racing and slow
// intake posts, cross-site writes — and the security headers on every answer.

type Sent = { status: number; code: string | undefined; message: string; retryAfter: string | null; headers: Headers }

async function send(url: string, init: RequestInit): Promise<Sent> {
  const response = await fetch(url, init)
  const text = await response.text()
  const body = text ? (JSON.parse(text) as unknown) : null
  const error = ErrorBodySchema.safeParse(body)
  return {
    status: response.status,
    code: error.success ? error.data.error.code : undefined,
    message: error.success ? error.data.error.message : '',
    retryAfter: response.headers.get('retry-after'),
    headers: response.headers,
  }
}

const json = { 'content-type': 'application/json' }
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('sign-in throttling, held in the database', () => {
  let folder: string
  let server: RunningServer | undefined
  // Short numbers so the test does not wait minutes: 2 free failures, then 1 s, 2 s…, locked at the 4th.
  const policy = { freeFailures: 2, firstDelaySeconds: 1, lockAfter: 4, lockSeconds: 600, clientLockAfter: 6 }
  const start = async () => {
    server = await startServer(
      inMemoryServerOptions({ dataDir: folder, trustProxy: 1, secureCookies: true, signInPolicy: policy }),
    )
    return server.url
  }
  const attempt = (url: string, username: string, password: string, client = '10.1.0.1') =>
    send(`${url}/session`, {
      method: 'POST',
      headers: { ...json, 'x-forwarded-for': client },
      body: JSON.stringify({ username, password }),
    })

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'banshi-throttle-'))
    await start()
  }, 120_000)
  afterAll(async () => {
    await server?.close()
    rmSync(folder, { recursive: true, force: true })
  })

  it('makes each try wait longer, then locks the account, also after a restart', async () => {
    let url = server!.url
    expect((await attempt(url, 'leader-1', 'wrong-1')).status).toBe(401)
    expect((await attempt(url, 'leader-1', 'wrong-2')).status).toBe(401)
    const early = await attempt(url, 'leader-1', 'wrong-3')
    expect(early).toMatchObject({ status: 429, code: 'rate_limited', retryAfter: '1' })
    expect(early.message).toBe('登录尝试过于频繁，请 1 秒后再试')
    await pause(1100)
    expect((await attempt(url, 'leader-1', 'wrong-3')).status).toBe(401)
    expect(await attempt(url, 'Leader-1', 'wrong-4')).toMatchObject({ status: 429, retryAfter: '2' })
    await pause(2100)
    expect((await attempt(url, 'leader-1', 'wrong-4')).status).toBe(401)
    // Locked: even the right password is refused now, with the time in minutes.
    const locked = await attempt(url, 'leader-1', 'demo')
    expect(locked).toMatchObject({ status: 429, code: 'rate_limited' })
    expect(Number(locked.retryAfter)).toBeGreaterThan(590)
    expect(locked.message).toBe('登录尝试过于频繁，请 10 分钟后再试')
    // Another account is not held back by this one.
    expect((await attempt(url, 'leader-2', 'demo')).status).toBe(201)

    await server!.close()
    server = undefined
    url = await start()
    expect(await attempt(url, 'leader-1', 'demo')).toMatchObject({ status: 429, code: 'rate_limited' })
  }, 120_000)

  it('forgets an account’s failures when it signs in', async () => {
    const url = server!.url
    expect((await attempt(url, 'supervisor-2', 'wrong', '10.1.0.2')).status).toBe(401)
    expect((await attempt(url, 'supervisor-2', 'wrong', '10.1.0.2')).status).toBe(401)
    await pause(1100)
    expect((await attempt(url, 'supervisor-2', 'demo', '10.1.0.2')).status).toBe(201)
    // Counted from zero again: two failures pass before any wait.
    expect((await attempt(url, 'supervisor-2', 'wrong', '10.1.0.2')).status).toBe(401)
    expect((await attempt(url, 'supervisor-2', 'wrong', '10.1.0.2')).status).toBe(401)
  })

  it('locks a client address that fails on many accounts', async () => {
    const url = server!.url
    for (const n of [1, 2, 3, 4, 5, 6]) expect((await attempt(url, `nobody-${n}`, 'x', '10.1.0.3')).status).toBe(401)
    expect(await attempt(url, 'supervisor-1', 'demo', '10.1.0.3')).toMatchObject({ status: 429, code: 'rate_limited' })
    expect((await attempt(url, 'supervisor-1', 'demo', '10.1.0.4')).status).toBe(201)
  })

  it('sends HSTS behind HTTPS (SECURE_COOKIES)', async () => {
    const answer = await send(`${server!.url}/campaign`, { headers: {} })
    expect(answer.headers.get('strict-transport-security')).toMatch(/max-age=\d+/)
  })
})

describe('client addresses behind proxies (TRUST_PROXY hops)', () => {
  it('takes the entry that many hops from the right of X-Forwarded-For', () => {
    expect(clientAddress('6.6.6.6, 203.0.113.7', '10.0.0.1', 1)).toBe('203.0.113.7')
    expect(clientAddress('6.6.6.6, 203.0.113.7, 10.0.0.2', '10.0.0.1', 2)).toBe('203.0.113.7')
    expect(clientAddress('203.0.113.7', '10.0.0.1', 2)).toBe('203.0.113.7')
    expect(clientAddress('6.6.6.6', '10.0.0.1', 0)).toBe('10.0.0.1')
    expect(clientAddress(undefined, '10.0.0.1', 1)).toBe('10.0.0.1')
  })

  it('counts spoofed left-most entries as the one client the proxy saw (the suite’s server trusts 1 hop)', async () => {
    const statuses: number[] = []
    for (let n = 0; n < 8; n += 1) {
      const answer = await send(`${baseUrl}/public/demands`, {
        method: 'POST',
        headers: { ...json, 'x-forwarded-for': `198.51.100.${n}, 203.0.113.50` },
        body: JSON.stringify({ unitId: 'zhuzhuang', text: `食堂第 ${n} 号窗口排队太久`, anonymous: true }),
      })
      statuses.push(answer.status)
    }
    expect(statuses.filter((status) => status === 201)).toHaveLength(intakeLimits.submit.limit)
    expect(statuses.slice(intakeLimits.submit.limit).every((status) => status === 429)).toBe(true)
  })
})

describe('the public intake limit under a race', () => {
  const post = (client: string, n: number, init: Partial<RequestInit> = {}) =>
    send(`${baseUrl}/public/demands`, {
      method: 'POST',
      headers: { ...json, 'x-forwarded-for': client },
      body: JSON.stringify({ unitId: 'zhuzhuang', text: `夜班通勤车第 ${n} 次反映`, anonymous: true }),
      ...init,
    })

  it('accepts exactly the limit of many concurrent posts from one client', async () => {
    const answers = await Promise.all(Array.from({ length: 24 }, (_, n) => post('203.0.113.60', n)))
    const statuses = answers.map((answer) => answer.status)
    expect(statuses.filter((status) => status === 201)).toHaveLength(intakeLimits.submit.limit)
    expect(statuses.filter((status) => status === 429)).toHaveLength(24 - intakeLimits.submit.limit)
  })

  it('holds against slow bodies that all started before any was filed', async () => {
    const slow = (n: number) => {
      const bytes = new TextEncoder().encode(
        JSON.stringify({ unitId: 'zhuzhuang', text: `慢慢提交的第 ${n} 条诉求`, anonymous: true }),
      )
      const body = new ReadableStream<Uint8Array>({
        async start(controller) {
          controller.enqueue(bytes.slice(0, 5))
          await pause(400)
          controller.enqueue(bytes.slice(5))
          controller.close()
        },
      })
      return post('203.0.113.61', n, { body, duplex: 'half' } as Partial<RequestInit>)
    }
    const answers = await Promise.all(Array.from({ length: 12 }, (_, n) => slow(n)))
    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(intakeLimits.submit.limit)
  })
})

describe('writes: JSON from the app’s own origin', () => {
  const demand = JSON.stringify({ unitId: 'zhuzhuang', text: '希望增设母婴室', anonymous: true })

  async function cookieOf(userId: string): Promise<string> {
    const response = await fetch(`${baseUrl}/session`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ userId }),
    })
    return (response.headers.get('set-cookie') ?? '').split(';')[0]!
  }

  it('refuses a body that is not declared JSON with 415', async () => {
    const plain = await send(`${baseUrl}/public/demands`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: demand,
    })
    expect(plain).toMatchObject({ status: 415, code: 'unsupported_media_type' })
    expect(plain.message).toMatch(/JSON/)
    const token = await signIn('supervisor-1')
    const item = await findItem(token, 'status=in_progress')
    const bearer = await send(`${baseUrl}/items/${item.id}/updates`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/plain;charset=UTF-8' },
      body: JSON.stringify({ kind: 'progress', progress: 60, note: '已采购' }),
    })
    expect(bearer).toMatchObject({ status: 415, code: 'unsupported_media_type' })
  })

  it('refuses a cross-site write that rides on the session cookie with 403', async () => {
    const cookie = await cookieOf('supervisor-1')
    const token = await signIn('supervisor-1')
    const item = await findItem(token, 'status=in_progress')
    const update = (headers: Record<string, string>) =>
      send(`${baseUrl}/items/${item.id}/updates`, {
        method: 'POST',
        headers: { ...json, cookie, ...headers },
        body: JSON.stringify({ kind: 'progress', progress: 60, note: '已采购' }),
      })
    const evil = await update({ origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' })
    expect(evil).toMatchObject({ status: 403, code: 'forbidden' })
    expect(await update({ 'sec-fetch-site': 'cross-site' })).toMatchObject({ status: 403 })
    expect(await update({ origin: 'null' })).toMatchObject({ status: 403 })
    // The cookie without any sign of where the request comes from: refused too.
    expect(await update({})).toMatchObject({ status: 403 })
    // From the app: a CORS origin, the server's own host, or Sec-Fetch-Site same-origin.
    expect((await update({ origin: 'http://localhost:5173' })).status).toBe(201)
    expect((await update({ origin: new URL(baseUrl).origin })).status).toBe(201)
    expect((await update({ 'sec-fetch-site': 'same-origin' })).status).toBe(201)
  })

  it('lets a script with a bearer token and no cookie write without Origin, and refuses a cross-site one', async () => {
    const token = await signIn('supervisor-1')
    const item = await findItem(token, 'status=in_progress')
    const update = (headers: Record<string, string>) =>
      send(`${baseUrl}/items/${item.id}/updates`, {
        method: 'POST',
        headers: { ...json, authorization: `Bearer ${token}`, ...headers },
        body: JSON.stringify({ kind: 'progress', progress: 60, note: '已采购' }),
      })
    expect((await update({})).status).toBe(201)
    expect((await update({ origin: 'https://evil.example' })).status).toBe(403)
  })

  it('refuses a cross-site sign-in (login CSRF) and a cross-site public post', async () => {
    const signInFrom = await send(`${baseUrl}/session`, {
      method: 'POST',
      headers: { ...json, origin: 'https://evil.example' },
      body: JSON.stringify({ username: 'leader-1', password: 'demo' }),
    })
    expect(signInFrom.status).toBe(403)
    const intake = await send(`${baseUrl}/public/demands`, {
      method: 'POST',
      headers: { ...json, origin: 'https://evil.example' },
      body: demand,
    })
    expect(intake.status).toBe(403)
  })
})

describe('security headers', () => {
  it('are on every answer: data, errors and unknown paths', async () => {
    const token = await signIn('leader-1')
    const answers = [
      await send(`${baseUrl}/campaign`, { headers: { authorization: `Bearer ${token}` } }),
      await send(`${baseUrl}/campaign`, { headers: {} }),
      await send(`${baseUrl}/no-such-thing`, { headers: {} }),
    ]
    expect(answers.map((answer) => answer.status)).toEqual([200, 401, 404])
    for (const { headers } of answers) {
      expect(headers.get('content-security-policy')).toMatch(/default-src 'none'/)
      expect(headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/)
      expect(headers.get('x-content-type-options')).toBe('nosniff')
      expect(headers.get('referrer-policy')).toBe('no-referrer')
      expect(headers.get('x-frame-options')).toBe('DENY')
      // Plain HTTP (the suite's server): no HSTS.
      expect(headers.get('strict-transport-security')).toBeNull()
    }
  })
})
