import { http } from 'msw'
import { StatsQuerySchema } from '@/domain/model/stats-query'
import { boardOf, statsByCategory, statsByUnit, summarize, trend } from '@/domain/stats'
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
  if (query.list && !backend.db.campaign.lists.some((l) => l.id === query.list)) throw badRequest(`未知的清单：${query.list}`)
  return { asOf: query.asOf ?? today, listId: query.list ?? null }
}

export function statsHandlers(getBackend: () => MockBackend) {
  return [
    http.get(
      api('/stats/summary'),
      route(getBackend, (context) => {
        const { asOf } = statsQuery(context)
        const { db } = context.backend
        return ok(summarize(db.campaign, db.items.values(), db.updatesByItem, db.demands.values(), asOf))
      }),
    ),
    http.get(
      api('/stats/units'),
      route(getBackend, (context) => {
        const { asOf, listId } = statsQuery(context)
        const { db } = context.backend
        return ok({ asOf, listId, units: statsByUnit(db.items.values(), db.updatesByItem, listId, asOf) })
      }),
    ),
    http.get(
      api('/stats/trend'),
      route(getBackend, (context) => {
        const { asOf, listId } = statsQuery(context)
        const { db } = context.backend
        return ok(trend(db.campaign, db.items.values(), db.updatesByItem, listId, asOf))
      }),
    ),
    http.get(
      api('/stats/categories'),
      route(getBackend, (context) => {
        const { asOf, listId } = statsQuery(context)
        const { db } = context.backend
        return ok({ asOf, listId, categories: statsByCategory(db.items.values(), db.updatesByItem, listId, asOf) })
      }),
    ),
    http.get(
      api('/stats/board'),
      route(getBackend, (context) => {
        const { asOf, listId } = statsQuery(context)
        if (listId === null) throw badRequest('请指定清单（list）')
        const { db } = context.backend
        return ok(boardOf(db.items.values(), db.updatesByItem, listId, asOf))
      }),
    ),
  ]
}
