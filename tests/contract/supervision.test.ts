import { dateOf } from '@/domain/dates'
import { SupervisionQueueSchema } from '@/domain/model/supervision'
import { compareUrgency, queueReasonsOf } from '@/domain/supervision-queue'
import { call, expectError, expectOk, signIn } from './harness'
import { ItemSchema } from '@/domain/model/item'
import { inDays, ItemWithUpdateSchema, someCategory, validDraft } from './fixtures'

const queue = (token: string, query = '') => call('GET', `/supervision/queue?${query}`, { token })

describe('GET /supervision/queue', () => {
  it('lists what needs a supervisor, each with its reasons, most urgent first, with counts per reason', async () => {
    const token = await signIn('leader-1')
    const reply = expectOk(await queue(token, 'pageSize=500'), SupervisionQueueSchema)
    expect(reply.total).toBeGreaterThan(0)
    const today = dateOf(new Date())
    for (const entry of reply.items) {
      expect(entry.item.status).not.toBe('closed')
      expect(entry.reasons).toEqual(queueReasonsOf(entry.item, today))
    }
    for (let i = 1; i < reply.items.length; i += 1)
      expect(compareUrgency(reply.items[i - 1]!, reply.items[i]!)).toBeLessThan(0)
    expect(reply.counts.awaiting_strike_off).toBeGreaterThan(0)
    expect(reply.counts.red).toBeGreaterThan(0)
  })

  it('filters by list, unit, key and reason; the counts ignore the reason', async () => {
    const token = await signIn('supervisor-1')
    const all = expectOk(await queue(token, 'list=double-hundred&unit=zhuzhuang&pageSize=500'), SupervisionQueueSchema)
    expect(
      all.items.every((entry) => entry.item.listId === 'double-hundred' && entry.item.unitId === 'zhuzhuang'),
    ).toBe(true)
    const done = expectOk(
      await queue(token, 'list=double-hundred&unit=zhuzhuang&reason=awaiting_strike_off&pageSize=500'),
      SupervisionQueueSchema,
    )
    expect(done.total).toBe(all.counts.awaiting_strike_off)
    expect(done.counts).toEqual(all.counts)
    expect(done.queued).toBe(all.total)
    expect(done.items.every((entry) => entry.item.status === 'done')).toBe(true)
    const key = expectOk(await queue(token, 'key=true&pageSize=500'), SupervisionQueueSchema)
    expect(key.items.every((entry) => entry.item.key)).toBe(true)
    const second = expectOk(await queue(token, 'pageSize=5&page=2'), SupervisionQueueSchema)
    expect(second).toMatchObject({ page: 2, pageSize: 5 })
  })

  it('puts red-listed items first; urges count only once their reply-by date passes unanswered', async () => {
    const supervisor = await signIn('supervisor-1')
    const red = expectOk(await queue(supervisor, 'reason=red_list&pageSize=500'), SupervisionQueueSchema)
    expect(red.total).toBeGreaterThan(0)
    for (const entry of red.items) {
      expect(entry.item.urge.redList).toBe(true)
      expect(entry.reasons[0]).toBe('red_list')
    }
    // A fresh item urged now: nothing is past its reply-by date, and a repeat urge at once is refused.
    const item = expectOk(
      await call('POST', '/items', { token: supervisor, body: validDraft(await someCategory(supervisor)) }),
      ItemSchema,
      201,
    )
    const urge = (n: number) =>
      call('POST', `/items/${item.id}/updates`, {
        token: supervisor,
        body: { kind: 'urge', note: `第${n}次催办`, replyBy: inDays(n) },
      })
    expect(expectOk(await urge(1), ItemWithUpdateSchema, 201).item.urge).toMatchObject({ open: 1, redList: false })
    expectError(await urge(2), 422, 'validation')
    const after = expectOk(await queue(supervisor, 'reason=red_list&pageSize=500'), SupervisionQueueSchema)
    expect(after.items.map((entry) => entry.item.id)).not.toContain(item.id)
  })

  it('answers 400 for an unknown reason or parameter, 401 without a session', async () => {
    const token = await signIn('leader-1')
    expectError(await queue(token, 'reason=late'), 400, 'bad_request')
    expectError(await queue(token, 'colour=red'), 400, 'bad_request')
    expectError(await call('GET', '/supervision/queue'), 401, 'unauthenticated')
  })
})
