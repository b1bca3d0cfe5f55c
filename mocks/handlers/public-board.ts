import { http } from 'msw'
import { toPublicItem } from '@/domain/public-board'
import type { MockBackend } from '../backend'
import { ok } from '../http/json'
import { api } from '../http/paths'
import { route } from '../http/route'

export function publicBoardHandlers(getBackend: () => MockBackend) {
  return [
    http.get(
      api('/public/board'),
      route(getBackend, ({ backend }) => {
        const { db } = backend
        const today = backend.today()
        return ok({
          asOf: today,
          campaign: { name: db.campaign.name, lists: db.campaign.lists },
          units: db.units.map(({ id, name, kind }) => ({ id, name, kind })),
          items: db.allViews(today).map(toPublicItem),
        })
      }),
    ),
  ]
}
