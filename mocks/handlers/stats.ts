import { http } from 'msw'
import { StatsQuerySchema } from '@/domain/model/stats-query'
import { boardOf, statsByCategory, statsByUnit, summarize, trend } from '@/domain/stats'
import { tallyBoard, tallyCategories, tallySummary, tallyTrend, tallyUnits } from '@/domain/stats-tally'
import type { MockBackend } from '../backend'
import { badRequest } from '../http/failure'
import { ok } from '../http/json'
import { readQuery } from '../http/parse'
import { api } from '../http/paths'
import { route, type RouteContext } from '../http/route'

function statsQuery({ url, backend, requireUser }: RouteContext) {
  requireUser()
  const query = readQuery(url, StatsQuerySchema)
  const today = backend.today()
  if (query.asOf && query.asOf > today) throw badRequest('查询日期不能晚于今天')
  if (query.list && !backend.db.campaign.lists.some((l) => l.id === query.list))
    throw badRequest(`未知的清单：${query.list}`)
  return { asOf: query.asOf ?? today, listId: query.list ?? null, today }
}

// Today's figures come from the tally the mock's tables keep per write (MockDb.statsToday), as on the
// server; an earlier date is computed in full from the history.

export function statsHandlers(getBackend: () => MockBackend) {
  return [
    http.get(
      api('/stats/summary'),
      route(getBackend, (context) => {
        const { asOf, today } = statsQuery(context)
        const { db } = context.backend
        return ok(
          asOf === today
            ? tallySummary(db.campaign, db.statsToday(today))
            : summarize(db.campaign, db.items.values(), db.updatesByItem, db.demands.values(), asOf),
        )
      }),
    ),
    http.get(
      api('/stats/units'),
      route(getBackend, (context) => {
        const { asOf, listId, today } = statsQuery(context)
        const { db } = context.backend
        return ok({
          asOf,
          listId,
          units:
            asOf === today
              ? tallyUnits(db.statsToday(today), listId)
              : statsByUnit(db.items.values(), db.updatesByItem, listId, asOf),
        })
      }),
    ),
    http.get(
      api('/stats/trend'),
      route(getBackend, (context) => {
        const { asOf, listId, today } = statsQuery(context)
        const { db } = context.backend
        return ok(
          asOf === today
            ? tallyTrend(db.statsToday(today), listId)
            : trend(db.campaign, db.items.values(), db.updatesByItem, listId, asOf),
        )
      }),
    ),
    http.get(
      api('/stats/categories'),
      route(getBackend, (context) => {
        const { asOf, listId, today } = statsQuery(context)
        const { db } = context.backend
        return ok({
          asOf,
          listId,
          categories:
            asOf === today
              ? tallyCategories(db.statsToday(today), listId)
              : statsByCategory(db.items.values(), db.updatesByItem, listId, asOf),
        })
      }),
    ),
    http.get(
      api('/stats/board'),
      route(getBackend, (context) => {
        const { asOf, listId, today } = statsQuery(context)
        if (listId === null) throw badRequest('请指定清单（list）')
        const { db } = context.backend
        return ok(
          asOf === today
            ? tallyBoard(db.statsToday(today), listId, db.items.values(), db.updatesByItem)
            : boardOf(db.items.values(), db.updatesByItem, listId, asOf),
        )
      }),
    ),
  ]
}
