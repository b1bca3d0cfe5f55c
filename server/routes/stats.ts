import { Hono } from 'hono'
import { StatsQuerySchema } from '@/domain/model/stats-query'
import { boardOf, statsByCategory, statsByUnit, summarize, trend } from '@/domain/stats'
import { tallyBoard, tallyCategories, tallySummary, tallyTrend, tallyUnits } from '@/domain/stats-tally'
import { requireUser, type AppContext, type Env } from '../context'
import { badRequest } from '../http/failure'
import { readQuery } from '../http/parse'

function statsQuery(c: AppContext) {
  requireUser(c)
  const backend = c.get('backend')
  const query = readQuery(c, StatsQuerySchema)
  const today = backend.today()
  if (query.asOf && query.asOf > today) throw badRequest('查询日期不能晚于今天')
  if (query.list && !backend.projection.campaign.lists.some((l) => l.id === query.list))
    throw badRequest(`未知的清单：${query.list}`)
  return { asOf: query.asOf ?? today, listId: query.list ?? null, today }
}

// Every answer is computed by the domain from the projection once per change and kept until the next
// write (Projection.cached): at 50,000 items a repeated request costs a map lookup. Today's summary,
// units, trend, categories and boards come from the tally the projection keeps up to date per write
// (Projection.statsToday), so the first request after a write does not replay every item either;
// earlier dates are computed in full.
export function statsRoutes() {
  const app = new Hono<Env>()

  app.get('/stats/summary', (c) => {
    const { asOf, today } = statsQuery(c)
    const p = c.get('backend').projection
    return c.json(
      p.cached(`summary:${asOf}`, today, () =>
        asOf === today
          ? tallySummary(p.campaign, p.statsToday(today))
          : summarize(p.campaign, p.items.values(), p.updatesByItem, p.demands.values(), asOf),
      ),
    )
  })

  app.get('/stats/units', (c) => {
    const { asOf, listId, today } = statsQuery(c)
    const p = c.get('backend').projection
    return c.json(
      p.cached(`units:${listId}:${asOf}`, today, () => ({
        asOf,
        listId,
        units:
          asOf === today
            ? tallyUnits(p.statsToday(today), listId)
            : statsByUnit(p.items.values(), p.updatesByItem, listId, asOf),
      })),
    )
  })

  app.get('/stats/trend', (c) => {
    const { asOf, listId, today } = statsQuery(c)
    const p = c.get('backend').projection
    return c.json(
      p.cached(`trend:${listId}:${asOf}`, today, () =>
        asOf === today
          ? tallyTrend(p.statsToday(today), listId)
          : trend(p.campaign, p.items.values(), p.updatesByItem, listId, asOf),
      ),
    )
  })

  app.get('/stats/categories', (c) => {
    const { asOf, listId, today } = statsQuery(c)
    const p = c.get('backend').projection
    return c.json(
      p.cached(`categories:${listId}:${asOf}`, today, () => ({
        asOf,
        listId,
        categories:
          asOf === today
            ? tallyCategories(p.statsToday(today), listId)
            : statsByCategory(p.items.values(), p.updatesByItem, listId, asOf),
      })),
    )
  })

  app.get('/stats/board', (c) => {
    const { asOf, listId, today } = statsQuery(c)
    if (listId === null) throw badRequest('请指定清单（list）')
    const p = c.get('backend').projection
    return c.json(
      p.cached(`board:${listId}:${asOf}`, today, () =>
        asOf === today
          ? tallyBoard(p.statsToday(today), listId, p.items.values(), p.updatesByItem)
          : boardOf(p.items.values(), p.updatesByItem, listId, asOf),
      ),
    )
  })

  return app
}
