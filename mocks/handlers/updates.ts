import { http } from 'msw'
import { answerOnStrikeOff } from '@/domain/demand-loop'
import { UpdateDraftSchema } from '@/domain/model/update'
import { canPostDraft } from '@/domain/permissions'
import { checkUpdateDraft } from '@/domain/update-checks'
import { applyUpdate } from '@/domain/update-effects'
import type { MockBackend } from '../backend'
import { conflict, refusal, validation } from '../http/failure'
import { created, ok } from '../http/json'
import { pageOf } from '../http/paging'
import { readBody } from '../http/parse'
import { api } from '../http/paths'
import { route } from '../http/route'
import { findItem } from './item-records'

export function updateHandlers(getBackend: () => MockBackend) {
  return [
    http.get(
      api('/items/:itemId/updates'),
      route<{ itemId: string }>(getBackend, ({ params, backend, requireUser }) => {
        requireUser()
        findItem(backend, params.itemId)
        return ok(pageOf(backend.db.updatesOf(params.itemId)))
      }),
    ),

    http.post(
      api('/items/:itemId/updates'),
      route<{ itemId: string }>(getBackend, async ({ request, params, backend, requireUser }) => {
        const user = requireUser()
        const record = findItem(backend, params.itemId)
        const draft = await readBody(request, UpdateDraftSchema)
        const { db } = backend
        const today = backend.today()
        const history = db.updatesOf(record.id)

        const allowed = canPostDraft(user, record, draft, history)
        if (!allowed.ok) throw refusal(allowed)
        if (draft.version !== undefined && draft.version !== record.version) throw conflict(db.item(record.id, today))
        const fields = checkUpdateDraft(draft, today)
        if (Object.keys(fields).length > 0) throw validation(fields)

        const posted = applyUpdate(record, draft, user, {
          id: db.newId('upd', { has: (id) => history.some((u) => u.id === id) }),
          at: backend.now().toISOString(),
        })
        db.addUpdate(posted.update)
        db.putItem(posted.record)
        if (draft.kind === 'status' && draft.toStatus === 'closed') answerDemands(backend, record.id)
        return created({ update: posted.update, item: db.item(record.id, today) })
      }),
    ),
  ]
}

/** Striking off an item answers the demands behind it with the completion reply (the closed loop). */
function answerDemands(backend: MockBackend, itemId: string) {
  const item = backend.db.items.get(itemId)
  if (item)
    for (const demand of answerOnStrikeOff(backend.db.demands.values(), item, backend.now().toISOString()))
      backend.db.putDemand(demand)
}
