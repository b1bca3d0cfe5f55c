import { Hono } from 'hono'
import { PublicBoardQuerySchema } from '@/domain/model/public-board'
import { publicBoardOf } from '@/domain/public-board'
import type { Env } from '../context'
import { badRequest } from '../http/failure'
import { readQuery } from '../http/parse'

export function publicBoardRoutes() {
  const app = new Hono<Env>()
  app.get('/public/board', (c) => {
    const backend = c.get('backend')
    const query = readQuery(c, PublicBoardQuerySchema)
    const p = backend.projection
    if (query.unit && !p.units.some((unit) => unit.id === query.unit)) throw badRequest(`未知的单位：${query.unit}`)
    if (query.list && !p.campaign.lists.some((list) => list.id === query.list))
      throw badRequest(`未知的清单：${query.list}`)
    const today = backend.today()
    return c.json(publicBoardOf({ asOf: today, campaign: p.campaign, units: p.units, items: p.allViews(today), query }))
  })
  return app
}
