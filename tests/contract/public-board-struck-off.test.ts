import { addDays } from '@/domain/dates'
import { StruckOffResponseSchema } from '@/domain/model/briefing'
import { SummarySchema } from '@/domain/model/stats'
import { call, expectError, expectOk, signIn } from './harness'
import { today } from './fixtures'

// GET /stats/struck-off: what the briefing (通报) lists as struck off since the last briefing.
describe('GET /stats/struck-off', () => {
  it('lists the items struck off in the period: as many as `closed` grew between the two dates', async () => {
    const token = await signIn('leader-1')
    const asOf = addDays(today(), -1)
    const since = addDays(today(), -31)
    const reply = expectOk(
      await call('GET', `/stats/struck-off?since=${since}&asOf=${asOf}`, { token }),
      StruckOffResponseSchema,
    )
    const closed = async (date: string) =>
      expectOk(await call('GET', `/stats/summary?asOf=${date}`, { token }), SummarySchema).lists.reduce(
        (sum, list) => sum + list.closed,
        0,
      )
    expect(reply).toMatchObject({ since, asOf, unitId: null, listId: null })
    expect(reply.items.length).toBeGreaterThan(0)
    expect(reply.items.length).toBe((await closed(asOf)) - (await closed(since)))
    expect(
      reply.items.every((item) => item.closedOn > since && item.closedOn <= asOf && item.surveyed >= item.satisfied),
    ).toBe(true)

    const mine = expectOk(
      await call('GET', `/stats/struck-off?since=${since}&asOf=${asOf}&unit=zhuzhuang`, { token }),
      StruckOffResponseSchema,
    )
    expect(mine.items).toEqual(reply.items.filter((item) => item.unitId === 'zhuzhuang'))
  })

  it('needs a session and a sensible period', async () => {
    expectError(await call('GET', `/stats/struck-off?since=${addDays(today(), -30)}`), 401, 'unauthenticated')
    const token = await signIn('secretary-zhuzhuang')
    expectError(await call('GET', '/stats/struck-off', { token }), 400, 'bad_request')
    expectError(
      await call('GET', `/stats/struck-off?since=${today()}&asOf=${addDays(today(), -1)}`, { token }),
      400,
      'bad_request',
    )
    expectError(
      await call('GET', `/stats/struck-off?since=${today()}&asOf=${addDays(today(), 1)}`, { token }),
      400,
      'bad_request',
    )
    expectError(
      await call('GET', `/stats/struck-off?since=${addDays(today(), -30)}&unit=nowhere`, { token }),
      400,
      'bad_request',
    )
  })
})
