import { addDays, dateOf } from '@/domain/dates'
import { StruckOffResponseSchema } from '@/domain/model/briefing'
import { pageOf } from '@/domain/model/common'
import { DemandSchema, demandChannels, type Demand } from '@/domain/model/demand'
import { call, expectOk, signIn } from './harness'
import { today } from './fixtures'

// Issue 28: the 通报 carries the demand figures (职工点单), served by both backends with the briefing's
// other figures (GET /stats/struck-off), and they are what the demand pool itself lists.

async function allDemands(token: string, query = ''): Promise<Demand[]> {
  const demands: Demand[] = []
  for (let page = 1; ; page++) {
    const reply = expectOk(
      await call('GET', `/demands?pageSize=500&page=${page}${query}`, { token }),
      pageOf(DemandSchema),
    )
    demands.push(...reply.items)
    if (demands.length >= reply.total || reply.items.length === 0) return demands
  }
}

describe('the briefing’s demand figures', () => {
  it('equal a recount from GET /demands: collected, since the last briefing, adopted, answered, rejected, by channel', async () => {
    const token = await signIn('supervisor-1')
    const asOf = today()
    const since = addDays(asOf, -31)
    const { demands: figures } = expectOk(
      await call('GET', `/stats/struck-off?since=${since}`, { token }),
      StruckOffResponseSchema,
    )
    const demands = (await allDemands(token)).filter((demand) => dateOf(demand.submittedAt) <= asOf)
    const adopted = new Set((await allDemands(token, '&stage=adopted')).map((demand) => demand.id))
    const count = (keep: (demand: Demand) => boolean, from = demands) => from.filter(keep).length

    expect(figures.collected).toBeGreaterThan(0)
    expect(figures).toMatchObject({
      collected: demands.length,
      collectedSince: count((demand) => dateOf(demand.submittedAt) > since),
      adopted: count((demand) => adopted.has(demand.id)),
      answered: count((demand) => demand.status === 'answered'),
      rejected: count((demand) => demand.status === 'rejected'),
      rejectedWithReason: count((demand) => demand.status === 'rejected' && Boolean(demand.reply?.trim())),
      merged: count((demand) => demand.status === 'merged'),
      pending: count((demand) => demand.status === 'new'),
    })
    expect(figures.channels).toEqual(
      demandChannels.map((channel) => {
        const mine = demands.filter((demand) => demand.channel === channel)
        return {
          channel,
          collected: mine.length,
          adopted: count((demand) => adopted.has(demand.id), mine),
          answered: count((demand) => demand.status === 'answered', mine),
          rejected: count((demand) => demand.status === 'rejected', mine),
        }
      }),
    )
  })

  it('are the unit’s own in a unit’s briefing, and leave out demands filed after the date', async () => {
    const token = await signIn('supervisor-1')
    const asOf = addDays(today(), -20)
    const since = addDays(asOf, -30)
    const { demands: figures } = expectOk(
      await call('GET', `/stats/struck-off?since=${since}&asOf=${asOf}&unit=zhuzhuang`, { token }),
      StruckOffResponseSchema,
    )
    const demands = (await allDemands(token, '&unit=zhuzhuang')).filter((demand) => dateOf(demand.submittedAt) <= asOf)
    expect(figures.collected).toBe(demands.length)
    expect(figures.collectedSince).toBe(demands.filter((demand) => dateOf(demand.submittedAt) > since).length)
    expect(figures.rejected).toBe(demands.filter((demand) => demand.status === 'rejected').length)
  })
})
