import { http } from 'msw'
import type { MockBackend } from '../backend'
import { ok } from '../http/json'
import { pageOf } from '../http/paging'
import { api } from '../http/paths'
import { route } from '../http/route'

export function campaignHandlers(getBackend: () => MockBackend) {
  return [
    http.get(
      api('/campaign'),
      route(getBackend, ({ backend, requireUser }) => {
        requireUser()
        return ok(backend.db.campaign)
      }),
    ),
    http.get(
      api('/units'),
      // Public: unit names are on the public board anyway, and the sign-in and QR pages need them.
      route(getBackend, ({ backend }) => ok(pageOf(backend.db.units))),
    ),
  ]
}
