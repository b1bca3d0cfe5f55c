import { Hono } from 'hono'
import { struckOffBetween } from '@/domain/briefing'
import { StruckOffQuerySchema } from '@/domain/model/briefing'
import { requireUser, type Env } from '../context'
import { badRequest } from '../http/failure'
import { readQuery } from '../http/parse'

/** What the briefing (通报) needs beyond the contract's stats: the items struck off in a period. */
export function briefingRoutes() {
  const app = new Hono<Env>()
  app.get('/stats/struck-off', (c) => {
    requireUser(c)
    const backend = c.get('backend')
    const query = readQuery(c, StruckOffQuerySchema)
    const p = backend.projection
    const today = backend.today()
    const asOf = query.asOf ?? today
    if (asOf > today) throw badRequest('查询日期不能晚于今天')
    if (query.since > asOf) throw badRequest('起始日期不能晚于截止日期')
    if (query.unit && !p.units.some((unit) => unit.id === query.unit)) throw badRequest(`未知的单位：${query.unit}`)
    if (query.list && !p.campaign.lists.some((list) => list.id === query.list))
      throw badRequest(`未知的清单：${query.list}`)
    const filter = { unitId: query.unit ?? null, listId: query.list ?? null }
    return c.json({
      since: query.since,
      asOf,
      ...filter,
      items: struckOffBetween(p.items.values(), p.updatesByItem, query.since, asOf, filter),
    })
  })
  return app
}
