import { validDraft } from '../contract/fixtures'
import { call, signIn } from '../contract/harness'
import { mockBackend } from '../../mocks/node'
import { expectStatsToMatchTables, finishThroughApi } from '../stats-match'

// The mock keeps today's statistics per write (MockDb.statsToday, src/domain/stats-tally.ts), as the
// server's projection does. After real writes through its handlers, every statistics answer for today
// equals the full computation over the mock's tables.

const expectStatsToMatch = (token: string) =>
  expectStatsToMatchTables(
    async (path) => (await call('GET', path, { token })).body,
    mockBackend().db,
    mockBackend().today(),
  )

describe('statistics after writes (mock)', () => {
  it('answers today’s statistics after every kind of write as the full computation over its tables does', async () => {
    const [leader, supervisor, admin] = await Promise.all(['leader-1', 'supervisor-1', 'admin-1'].map(signIn))
    await expectStatsToMatch(leader!)
    const { db } = mockBackend()
    const today = mockBackend().today()
    const pick = (status: string, n: number) =>
      [...db.items.values()].filter((item) => item.status === status && item.listId === 'double-hundred').slice(0, n)
    let accepted = 0
    const write = async (method: string, path: string, token: string, body: unknown) => {
      const reply = await call(method, path, { token, body })
      if (reply.status < 300) accepted += 1
      await expectStatsToMatch(leader!)
    }
    for (const item of pick('planned', 2))
      await write('POST', `/items/${item.id}/updates`, supervisor!, { kind: 'progress', progress: 20, note: '开工' })
    for (const item of pick('in_progress', 2))
      await finishThroughApi(write, item.id, { supervisor: supervisor!, admin: admin! }, today)
    const keyless = pick('in_progress', 10).find((item) => !item.key)!
    await write('PATCH', `/items/${keyless.id}`, admin!, { version: db.items.get(keyless.id)!.version, key: true })
    const demand = [...db.demands.values()].find((d) => d.itemId === null && d.status === 'new')!
    await write('PATCH', `/demands/${demand.id}`, admin!, { status: 'adopted', itemId: keyless.id })
    await write('POST', '/items', admin!, validDraft(db.campaign.categories[0]!.id))
    // The writes went through: a refused one would prove nothing.
    expect(accepted).toBeGreaterThanOrEqual(14)
  }, 60_000)
})
