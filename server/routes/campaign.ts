import { Hono } from 'hono'
import { requireUser, type Env } from '../context'
import { pageOf } from '../http/paging'

export function campaignRoutes() {
  const app = new Hono<Env>()
  app.get('/campaign', (c) => {
    requireUser(c)
    return c.json(c.get('backend').projection.campaign)
  })
  // Public: unit names are on the public board anyway, and the sign-in and QR pages need them.
  app.get('/units', (c) => c.json(pageOf(c.get('backend').projection.units)))
  return app
}
