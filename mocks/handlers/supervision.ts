import { http } from 'msw'
import { SupervisionQuerySchema } from '@/domain/model/supervision'
import { queueFor } from '@/domain/supervision-queue'
import type { MockBackend } from '../backend'
import { ok } from '../http/json'
import { pageOf } from '../http/paging'
import { readQuery } from '../http/parse'
import { api } from '../http/paths'
import { route } from '../http/route'

export function supervisionHandlers(getBackend: () => MockBackend) {
  return [
    http.get(
      api('/supervision/queue'),
      route(getBackend, ({ url, backend, requireUser }) => {
        requireUser()
        const query = readQuery(url, SupervisionQuerySchema)
        const today = backend.today()
        const { entries, queued, counts } = queueFor(backend.db.allViews(today), query, today)
        const page = pageOf(entries, query.page, query.pageSize)
        return ok({
          ...page,
          items: page.items.map(({ item: { overdue: _overdue, ...item }, reasons }) => ({ item, reasons })),
          queued,
          counts,
        })
      }),
    ),
  ]
}
