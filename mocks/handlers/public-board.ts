import { http } from 'msw'
import { PublicBoardQuerySchema } from '@/domain/model/public-board'
import { publicBoardOf } from '@/domain/public-board'
import type { MockBackend } from '../backend'
import { badRequest } from '../http/failure'
import { ok } from '../http/json'
import { readQuery } from '../http/parse'
import { api } from '../http/paths'
import { route } from '../http/route'

export function publicBoardHandlers(getBackend: () => MockBackend) {
  return [
    http.get(
      api('/public/board'),
      route(getBackend, ({ url, backend }) => {
        const query = readQuery(url, PublicBoardQuerySchema)
        const { db } = backend
        if (query.unit && !db.units.some((unit) => unit.id === query.unit))
          throw badRequest(`未知的单位：${query.unit}`)
        if (query.list && !db.campaign.lists.some((list) => list.id === query.list))
          throw badRequest(`未知的清单：${query.list}`)
        const today = backend.today()
        return ok(
          publicBoardOf({ asOf: today, campaign: db.campaign, units: db.units, items: db.allViews(today), query }),
        )
      }),
    ),
  ]
}
