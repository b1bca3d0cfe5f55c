import { http } from 'msw'
import type { ItemRecord } from '@/domain/history'
import { UpdateDraftSchema, type Update } from '@/domain/model/update'
import { canChangeStatus, canPostUpdate, canReportProgress } from '@/domain/permissions'
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

        const allowed = canPostUpdate(user, record, draft.kind)
        if (!allowed.ok) throw refusal(allowed)
        if (draft.kind === 'progress') {
          const progressOk = canReportProgress(user, record)
          if (!progressOk.ok) throw refusal(progressOk)
        }
        if (draft.kind === 'status') {
          const statusOk = canChangeStatus(user, record, draft.toStatus, history)
          if (!statusOk.ok) throw refusal(statusOk)
        }
        if (draft.version !== undefined && draft.version !== record.version) throw conflict(db.item(record.id, today))
        if (draft.kind === 'urge' && draft.replyBy < today) throw validation({ replyBy: '回复期限不能早于今天' })
        if (draft.kind === 'inspection' && draft.visitedOn > today) throw validation({ visitedOn: '查看日期不能晚于今天' })

        const at = backend.now().toISOString()
        const update: Update = {
          id: db.newId('upd', { has: (id) => history.some((u) => u.id === id) }),
          itemId: record.id,
          kind: draft.kind,
          at,
          authorId: user.id,
          authorName: user.name,
          authorRole: user.role,
          note: draft.note,
        }
        let next: ItemRecord | null = null
        switch (draft.kind) {
          case 'progress': {
            update.progress = draft.progress
            next = { ...record, progress: draft.progress }
            if (record.status === 'planned' && draft.progress > 0) {
              update.fromStatus = 'planned'
              update.toStatus = 'in_progress'
              next.status = 'in_progress'
            }
            break
          }
          case 'status': {
            update.fromStatus = record.status
            update.toStatus = draft.toStatus
            next = { ...record, status: draft.toStatus }
            if (draft.toStatus === 'done') {
              // Marking done is the completion reply (办结回复): the work is complete and the note says how.
              update.progress = 100
              next.progress = 100
              next.completionNote = draft.note
            }
            if (draft.toStatus === 'in_progress' && record.status === 'done') next.completionNote = null
            break
          }
          case 'inspection':
            update.visitedOn = draft.visitedOn
            break
          case 'urge':
            update.replyBy = draft.replyBy
            break
          case 'satisfaction':
            update.surveyed = draft.surveyed
            update.satisfied = draft.satisfied
            update.method = draft.method
            break
          case 'reply':
          case 'instruction':
            break
        }
        db.addUpdate(update)
        if (next) db.putItem({ ...next, updatedAt: at, version: record.version + 1 })
        else db.putItem({ ...record, updatedAt: at })
        if (draft.kind === 'status' && draft.toStatus === 'closed') answerDemands(backend, record.id)
        return created({ update, item: db.item(record.id, today) })
      }),
    ),
  ]
}

/** Striking off an item answers the demands behind it with the completion reply (the closed loop). */
function answerDemands(backend: MockBackend, itemId: string) {
  const { db } = backend
  const item = db.items.get(itemId)
  if (!item) return
  const now = backend.now().toISOString()
  for (const id of item.demandIds) {
    const demand = db.demands.get(id)
    if (demand && demand.status !== 'merged' && demand.status !== 'rejected') {
      db.putDemand({ ...demand, status: 'answered', reply: item.completionNote, updatedAt: now })
    }
  }
}
