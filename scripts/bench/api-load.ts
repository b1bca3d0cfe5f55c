// The server's side of the budget: p50/p99 latency of the statistics and list endpoints, one request
// at a time over loopback, and progress reports per second from concurrent supervisors.
import { pathOf } from '../../src/contract/endpoint'
import { listItems } from '../../src/contract/items'
import { getSummary, getTrend, getUnitStats } from '../../src/contract/stats'
import { signIn } from '../../src/contract/session'
import { postItemUpdate } from '../../src/contract/updates'
import { percentile, round } from './measure'

const updatesOf = (itemId: string) => pathOf(postItemUpdate.path, { id: itemId })

export type Latency = { endpoint: string; requests: number; p50: number; p99: number; max: number }
export type ApiResults = {
  latency: Latency[]
  statsAfterWrite: Latency
  updatesPerSecond: number
  writers: number
  updatesRejected: number
}

type Reply = { status: number; body: unknown; ms: number }

async function call(apiUrl: string, method: string, path: string, token?: string, body?: unknown): Promise<Reply> {
  const started = performance.now()
  const response = await fetch(`${apiUrl}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    ...(body ? { body: JSON.stringify(body) } : {}),
  })
  const text = await response.text()
  const ms = performance.now() - started
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null, ms }
}

export async function signInAs(apiUrl: string, userId: string): Promise<string> {
  const reply = await call(apiUrl, 'POST', signIn.path, undefined, { username: userId, password: 'demo' })
  if (reply.status !== 200 && reply.status !== 201)
    throw new Error(`sign-in as ${userId}: ${reply.status} ${JSON.stringify(reply.body)}`)
  return (reply.body as { token: string }).token
}

async function expectOk(reply: Promise<Reply>, what: string): Promise<Reply> {
  const done = await reply
  if (done.status >= 300) throw new Error(`${what}: ${done.status} ${JSON.stringify(done.body)}`)
  return done
}

async function latencyOf(apiUrl: string, token: string, path: string, requests: number): Promise<Latency> {
  await expectOk(call(apiUrl, 'GET', path, token), path) // warm-up, not counted
  const samples: number[] = []
  for (let n = 0; n < requests; n += 1) samples.push((await expectOk(call(apiUrl, 'GET', path, token), path)).ms)
  return {
    endpoint: `GET ${path}`,
    requests,
    p50: round(percentile(samples, 50)),
    p99: round(percentile(samples, 99)),
    max: round(Math.max(...samples)),
  }
}

export type ItemRef = { id: string; version: number; unitId: string }

export async function inProgressItems(apiUrl: string, token: string, count: number): Promise<ItemRef[]> {
  const reply = await expectOk(
    call(apiUrl, 'GET', `${listItems.path}?status=in_progress&pageSize=${count}`, token),
    'in-progress items',
  )
  return (reply.body as { items: ItemRef[] }).items
}

export async function measureApi(apiUrl: string, requests: number, loadSeconds: number): Promise<ApiResults> {
  const leader = await signInAs(apiUrl, 'leader-1')
  const paths = [
    getSummary.path,
    `${getUnitStats.path}?list=double-hundred`,
    getTrend.path,
    `${listItems.path}?page=1&pageSize=50`,
    `${listItems.path}?page=500&pageSize=50&sort=-deadline`,
    `${listItems.path}?q=%E9%A1%B9%E7%9B%AE&status=in_progress&page=1&pageSize=50`,
  ]
  const latency: Latency[] = []
  for (const path of paths) latency.push(await latencyOf(apiUrl, leader, path, requests))

  // The statistics are memoised until the next write: the first request after a write recomputes
  // them over all items. That is what a leader waits for while supervisors report, so it is measured too.
  const supervisor = await signInAs(apiUrl, 'supervisor-1')
  const items = await inProgressItems(apiUrl, supervisor, 50)
  if (items.length === 0) throw new Error('no in-progress item to report on')
  const afterWrite: number[] = []
  const rounds = Math.max(5, Math.min(40, Math.round(requests / 5)))
  for (let n = 0; n < rounds; n += 1) {
    const item = items[n % items.length] as ItemRef
    await expectOk(
      call(apiUrl, 'POST', updatesOf(item.id), supervisor, {
        kind: 'progress',
        progress: 10 + (n % 80),
        note: `基准测试 ${n}`,
      }),
      'progress report',
    )
    afterWrite.push((await expectOk(call(apiUrl, 'GET', getSummary.path, leader), 'summary after a write')).ms)
  }
  const statsAfterWrite = {
    endpoint: 'GET /stats/summary (first after a write)',
    requests: rounds,
    p50: round(percentile(afterWrite, 50)),
    p99: round(percentile(afterWrite, 99)),
    max: round(Math.max(...afterWrite)),
  }

  // Concurrent supervisors, each reporting progress on its own items for loadSeconds.
  const writers = 16
  const tokens = await Promise.all(['supervisor-1', 'supervisor-2', 'admin-1'].map((user) => signInAs(apiUrl, user)))
  const deadline = performance.now() + loadSeconds * 1000
  let accepted = 0
  let rejected = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      const token = tokens[w % tokens.length] as string
      for (let n = 0; performance.now() < deadline; n += 1) {
        const item = items[(w + n * writers) % items.length] as ItemRef
        const reply = await call(apiUrl, 'POST', updatesOf(item.id), token, {
          kind: 'progress',
          progress: 10 + ((w + n) % 80),
          note: `并发上报 ${w}-${n}`,
        })
        if (reply.status === 201) accepted += 1
        else rejected += 1
      }
    }),
  )
  const seconds = (performance.now() - started) / 1000
  return { latency, statsAfterWrite, updatesPerSecond: round(accepted / seconds), writers, updatesRejected: rejected }
}
