import { http } from 'msw'
import { struckOffBetween } from '@/domain/briefing'
import { StruckOffQuerySchema } from '@/domain/model/briefing'
import type { MockBackend } from '../backend'
import { badRequest } from '../http/failure'
import { ok } from '../http/json'
import { readQuery } from '../http/parse'
import { api } from '../http/paths'
import { route } from '../http/route'

/** What the briefing (通报) needs beyond the contract's stats: the items struck off in a period. */
export function briefingHandlers(getBackend: () => MockBackend) {
  return [
    http.get(
      api('/stats/struck-off'),
      route(getBackend, ({ url, backend, requireUser }) => {
        requireUser()
        const query = readQuery(url, StruckOffQuerySchema)
        const { db } = backend
        const today = backend.today()
        const asOf = query.asOf ?? today
        if (asOf > today) throw badRequest('查询日期不能晚于今天')
        if (query.since > asOf) throw badRequest('起始日期不能晚于截止日期')
        if (query.unit && !db.units.some((unit) => unit.id === query.unit))
          throw badRequest(`未知的单位：${query.unit}`)
        if (query.list && !db.campaign.lists.some((list) => list.id === query.list))
          throw badRequest(`未知的清单：${query.list}`)
        const filter = { unitId: query.unit ?? null, listId: query.list ?? null }
        return ok({
          since: query.since,
          asOf,
          ...filter,
          items: struckOffBetween(db.items.values(), db.updatesByItem, query.since, asOf, filter),
        })
      }),
    ),
  ]
}
