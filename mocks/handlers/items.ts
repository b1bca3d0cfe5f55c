import { http } from 'msw'
import { itemViewAsOf } from '@/domain/item-as-of'
import { checkItemDraft, checkItemPatch } from '@/domain/item-checks'
import { queryItems } from '@/domain/item-query'
import { ItemDraftSchema, ItemPatchSchema } from '@/domain/model/item'
import { ItemQuerySchema } from '@/domain/model/item-query'
import { canCreateItem, canEditItem, canSetKey } from '@/domain/permissions'
import type { ItemRecord } from '@/domain/history'
import type { MockBackend } from '../backend'
import { badRequest, conflict, refusal, validation } from '../http/failure'
import { created, ok } from '../http/json'
import { readBody, readQuery } from '../http/parse'
import { api } from '../http/paths'
import { route } from '../http/route'
import { findItem, linkDemands } from './item-records'

export function itemHandlers(getBackend: () => MockBackend) {
  return [
    http.get(
      api('/items'),
      route(getBackend, ({ url, backend, requireUser }) => {
        requireUser()
        const query = readQuery(url, ItemQuerySchema)
        const { db } = backend
        const today = backend.today()
        if (query.asOf && query.asOf > today) throw badRequest('查询日期不能晚于今天')
        const views =
          query.asOf && query.asOf < today
            ? [...db.items.values()].flatMap((record) => itemViewAsOf(record, db.updatesOf(record.id), query.asOf!) ?? [])
            : db.allViews(today)
        return ok(queryItems(views, query, db.unitName))
      }),
    ),

    http.post(
      api('/items'),
      route(getBackend, async ({ request, backend, requireUser }) => {
        const user = requireUser()
        const draft = await readBody(request, ItemDraftSchema)
        const { db } = backend
        const today = backend.today()
        const list = db.campaign.lists.find((l) => l.id === draft.listId)
        if (!list) throw validation({ listId: '未知的清单' })
        const allowed = canCreateItem(user, list, draft.unitId)
        if (!allowed.ok) throw refusal(allowed)
        const fields = checkItemDraft(draft, { today, campaign: db.campaign, units: db.units })
        for (const id of draft.demandIds ?? []) if (!db.demands.has(id)) fields.demandIds = '关联的诉求不存在'
        if (Object.keys(fields).length > 0) throw validation(fields)
        if (draft.key) {
          const keyOk = canSetKey(user, { key: false }, list, db.keyCount(list.id), true)
          if (!keyOk.ok) throw refusal(keyOk)
        }
        const now = backend.now().toISOString()
        const record: ItemRecord = {
          id: db.newId('item', db.items),
          code: db.nextCode(list.id),
          listId: list.id,
          title: draft.title,
          content: draft.content,
          beneficiaries: draft.beneficiaries,
          category: draft.category,
          unitId: draft.unitId,
          leadLeader: draft.leadLeader ?? null,
          owner: draft.owner,
          ownerPhone: draft.ownerPhone ?? null,
          deadline: draft.deadline,
          status: 'planned',
          progress: 0,
          key: draft.key ?? false,
          demandIds: [],
          completionNote: null,
          createdAt: now,
          updatedAt: now,
          version: 1,
        }
        db.putItem(record)
        linkDemands(backend, record.id, draft.demandIds ?? [])
        return created(db.item(record.id, today))
      }),
    ),

    http.get(
      api('/items/:itemId'),
      route<{ itemId: string }>(getBackend, ({ params, backend, requireUser }) => {
        requireUser()
        findItem(backend, params.itemId)
        return ok(backend.db.item(params.itemId, backend.today()))
      }),
    ),

    http.patch(
      api('/items/:itemId'),
      route<{ itemId: string }>(getBackend, async ({ request, params, backend, requireUser }) => {
        const user = requireUser()
        const record = findItem(backend, params.itemId)
        const patch = await readBody(request, ItemPatchSchema)
        const { db } = backend
        const today = backend.today()
        const { version, key, demandIds, ...content } = patch
        const changesContent = Object.keys(content).length > 0 || demandIds !== undefined
        if (changesContent) {
          const allowed = canEditItem(user, record)
          if (!allowed.ok) throw refusal(allowed)
        }
        const list = db.campaign.lists.find((l) => l.id === record.listId)!
        if (key !== undefined && key !== record.key) {
          const allowed = canSetKey(user, record, list, db.keyCount(list.id), key)
          if (!allowed.ok) throw refusal(allowed)
        }
        if (version !== record.version) throw conflict(db.item(record.id, today))
        const fields = checkItemPatch(patch, record, { today, campaign: db.campaign, units: db.units })
        for (const id of demandIds ?? []) if (!db.demands.has(id)) fields.demandIds = '关联的诉求不存在'
        if (Object.keys(fields).length > 0) throw validation(fields)
        const next: ItemRecord = {
          ...record,
          ...content,
          key: key ?? record.key,
          updatedAt: backend.now().toISOString(),
          version: record.version + 1,
        }
        db.putItem(next)
        if (demandIds !== undefined) linkDemands(backend, record.id, demandIds, true)
        return ok(db.item(record.id, today))
      }),
    ),
  ]
}
