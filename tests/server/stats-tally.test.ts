import { addDays, dateOf, instantOn } from '@/domain/dates'
import { summarize } from '@/domain/stats'
import { tallySummary } from '@/domain/stats-tally'
import { defaultSatisfactionBar } from '@/domain/satisfaction-bar'
import { applyUpdate } from '@/domain/update-effects'
import { createSeed } from '@/core/seed/create-seed'
import { createApp } from '../../server/app'
import type { Backend } from '../../server/context'
import { openBackend } from '../../server/start'
import { ReadModel } from '@/core/read-model/read-model'
import { validDraft } from '../contract/fixtures'
import { expectStatsToMatchTables, finishThroughApi } from '../stats-match'
import { inMemoryServerOptions } from './in-memory-server'

// The server keeps today's statistics up to date per write (Projection.statsToday, stats-tally.ts)
// instead of replaying every item after each one. Its own backend in this process, so that after real
// writes through the routes (rules, transactions, re-read rows, Projection.apply) every statistics
// answer can be compared with the full computation over the projection's rows.

let backend: Backend
let app: ReturnType<typeof createApp>

beforeAll(async () => {
  backend = await openBackend(inMemoryServerOptions())
  app = createApp(backend)
}, 120_000)

afterAll(async () => {
  await backend?.db.close()
})

async function request(
  method: string,
  path: string,
  token: string | null,
  body?: unknown,
): Promise<{ status: number; body: unknown }> {
  const response = await app.request(`/api${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  const text = await response.text()
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null }
}

async function signIn(userId: string): Promise<string> {
  const reply = await request('POST', '/session', null, { userId })
  return (reply.body as { token: string }).token
}

/** Every statistics answer for today, as served, against the full computation over the projection's rows. */
const expectStatsToMatchRows = (token: string) =>
  expectStatsToMatchTables(async (path) => (await request('GET', path, token)).body, backend.read, backend.today())

describe('statistics after writes (server)', () => {
  it('answers today’s statistics after every kind of write as the full computation over the rows does', async () => {
    const [leader, supervisor, admin] = await Promise.all(['leader-1', 'supervisor-1', 'admin-1'].map(signIn))
    await expectStatsToMatchRows(leader!)
    const today = backend.today()
    const p = backend.read
    const pick = (status: string, n: number) =>
      [...p.items.values()].filter((item) => item.status === status && item.listId === 'double-hundred').slice(0, n)
    let accepted = 0
    const write = async (method: string, path: string, token: string, body: unknown) => {
      const reply = await request(method, path, token, body)
      if (reply.status < 300) accepted += 1
      await expectStatsToMatchRows(leader!)
    }
    for (const item of pick('planned', 2))
      await write('POST', `/items/${item.id}/updates`, supervisor!, { kind: 'progress', progress: 20, note: '开工' })
    for (const item of pick('in_progress', 3))
      await finishThroughApi(write, item.id, { supervisor: supervisor!, admin: admin! }, today)
    const keyless = pick('in_progress', 10).find((item) => !item.key)!
    await write('PATCH', `/items/${keyless.id}`, admin!, { version: p.items.get(keyless.id)!.version, key: true })
    const demand = [...p.demands.values()].find((d) => d.itemId === null && d.status === 'new')!
    await write('PATCH', `/demands/${demand.id}`, admin!, { status: 'adopted', itemId: keyless.id })
    await write('POST', '/items', admin!, validDraft(p.campaign.categories[0]!.id))
    // The writes went through (a refused one would prove nothing) and the day is still the one counted.
    expect(accepted).toBeGreaterThanOrEqual(18)
    expect(backend.read.statsToday(today).asOf).toBe(dateOf(new Date()))
  }, 120_000)
})

describe('the projection’s tally', () => {
  const day = '2026-06-15'
  const fresh = () => {
    const projection = new ReadModel()
    projection.fill(createSeed({ today: day }))
    return projection
  }
  const full = (p: ReadModel, asOf: string) =>
    summarize(p.campaign, p.items.values(), p.updatesByItem, p.demands.values(), asOf)
  const author = { id: 'supervisor-1', name: '督办员', role: 'supervisor' as const }

  it('is counted again when the day changes, and a write the day before is in it', () => {
    const p = fresh()
    expect(tallySummary(p.campaign, p.statsToday(day))).toEqual(full(p, day))
    const record = [...p.items.values()].find((item) => item.status === 'in_progress')!
    const posted = applyUpdate(
      record,
      { kind: 'status', toStatus: 'done', note: '已办结' },
      author,
      { id: 'upd-late', at: instantOn(day, 23, 30) },
      { bar: defaultSatisfactionBar, history: p.updatesOf(record.id) },
    )
    p.apply({ items: [{ ...posted.record, version: record.version + 1 }], updates: [posted.update] })
    expect(tallySummary(p.campaign, p.statsToday(day))).toEqual(full(p, day))
    const next = addDays(day, 1)
    const tomorrow = p.statsToday(next)
    expect(tomorrow.asOf).toBe(next)
    expect(tallySummary(p.campaign, tomorrow)).toEqual(full(p, next))
  })

  it('keeps the newer record when two writes settle out of order, and starts over after a reload', () => {
    const p = fresh()
    p.statsToday(day)
    const record = [...p.items.values()].find((item) => item.status === 'in_progress' && !item.key)!
    const newer = { ...record, key: true, version: record.version + 2, updatedAt: instantOn(day, 15) }
    const older = { ...record, status: 'done' as const, version: record.version + 1, updatedAt: instantOn(day, 14) }
    p.apply({ items: [newer] })
    p.apply({ items: [older] })
    expect(p.items.get(record.id)).toBe(newer)
    expect(tallySummary(p.campaign, p.statsToday(day))).toEqual(full(p, day))
    p.fill(createSeed({ today: day }))
    expect(tallySummary(p.campaign, p.statsToday(day))).toEqual(full(p, day))
  })
})
