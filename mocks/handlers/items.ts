import { http } from 'msw'
import { itemViewAsOf } from '@/domain/item-as-of'
import { batchTooLarge, batchTooLargeMessage, codeAllocator, newItemRecord, planItemBatch } from '@/domain/item-batch'
import { bodyBytes } from '@/domain/intake-limits'
import { checkItemDraft, checkItemPatch } from '@/domain/item-checks'
import { nextItemCode } from '@/domain/item-code'
import { queryItems } from '@/domain/item-query'
import { patchedItemRecord } from '@/domain/item-writes'
import { ItemDraftSchema, ItemPatchSchema } from '@/domain/model/item'
import { ItemBatchEnvelopeSchema, type ItemBatchRowResult } from '@/domain/model/item-batch'
import { ItemQuerySchema } from '@/domain/model/item-query'
import { canCreateItem, canEditItem, canSetKey } from '@/domain/permissions'
import type { MockBackend } from '../backend'
import { badRequest, conflict, HttpFailure, refusal, validation } from '../http/failure'
import { created, ok } from '../http/json'
import { issueFields } from '@/domain/issue-fields'
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
            ? [...db.items.values()].flatMap(
                (record) => itemViewAsOf(record, db.updatesOf(record.id), query.asOf!) ?? [],
              )
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
        const record = newItemRecord(draft, list, {
          id: db.newId('item', db.items),
          code: nextItemCode(list.codePrefix, listCodes(backend, list.id)),
          now,
        })
        db.putItem(record)
        linkDemands(backend, record.id, draft.demandIds ?? [])
        return created(db.item(record.id, today))
      }),
    ),

    http.post(
      api('/items/batch'),
      route(getBackend, async ({ request, backend, requireUser }) => {
        const user = requireUser()
        const rows = await readBatch(request)
        const { db } = backend
        const today = backend.today()
        const plan = planItemBatch(rows, {
          today,
          campaign: db.campaign,
          units: db.units,
          user,
          demandExists: (id) => db.demands.has(id),
          keyCount: (listId) => db.keyCount(listId),
        })
        const now = backend.now().toISOString()
        const codes = new Map<string, () => string>()
        const results: ItemBatchRowResult[] = plan.map((row) => {
          if ('error' in row) return { index: row.index, error: row.error }
          let next = codes.get(row.list.id)
          if (!next)
            codes.set(row.list.id, (next = codeAllocator(row.list.codePrefix, listCodes(backend, row.list.id))))
          const record = newItemRecord(row.draft, row.list, { id: db.newId('item', db.items), code: next(), now })
          db.putItem(record)
          linkDemands(backend, record.id, row.draft.demandIds ?? [])
          return { index: row.index, item: db.item(record.id, today)! }
        })
        return ok({ results })
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
        db.putItem(patchedItemRecord(record, patch, backend.now().toISOString()))
        if (demandIds !== undefined) linkDemands(backend, record.id, demandIds, true)
        return ok(db.item(record.id, today))
      }),
    ),
  ]
}

/** The batch body: over the limits → 413, malformed → 400, no `items` array → 422; the rows are checked one by one later. */
async function readBatch(request: Request): Promise<unknown[]> {
  const text = await request.text()
  if (batchTooLarge(bodyBytes(text))) throw new HttpFailure('too_large', batchTooLargeMessage)
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw badRequest('请求内容不是有效的 JSON')
  }
  const envelope = ItemBatchEnvelopeSchema.safeParse(json)
  if (!envelope.success) throw validation(issueFields(envelope.error.issues))
  if (batchTooLarge(0, envelope.data.items.length)) throw new HttpFailure('too_large', batchTooLargeMessage)
  return envelope.data.items
}

function listCodes(backend: MockBackend, listId: string): string[] {
  const codes: string[] = []
  for (const item of backend.db.items.values()) if (item.listId === listId) codes.push(item.code)
  return codes
}
