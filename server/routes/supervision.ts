import { Hono } from 'hono'
import { SupervisionQuerySchema } from '@/domain/model/supervision'
import { queueFor } from '@/domain/supervision-queue'
import { requireUser, type Env } from '../context'
import { pageOf } from '../http/paging'
import { readQuery } from '../http/parse'

export function supervisionRoutes() {
  const app = new Hono<Env>()
  app.get('/supervision/queue', (c) => {
    requireUser(c)
    const backend = c.get('backend')
    const query = readQuery(c, SupervisionQuerySchema)
    const today = backend.today()
    const { entries, queued, counts } = queueFor(backend.projection.allViews(today), query, today)
    const page = pageOf(entries, query.page, query.pageSize)
    return c.json({
      ...page,
      items: page.items.map(({ item: { overdue: _overdue, ...item }, reasons }) => ({ item, reasons })),
      queued,
      counts,
    })
  })
  return app
}
