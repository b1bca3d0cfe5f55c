import { Hono } from 'hono'
import { endTime, startTime } from 'hono/timing'
import { deriveItem, type ItemRecord } from '@/domain/history'
import { itemViewAsOf } from '@/domain/item-as-of'
import { checkItemDraft, checkItemPatch } from '@/domain/item-checks'
import { nextItemCode } from '@/domain/item-code'
import { queryItems } from '@/domain/item-query'
import { batchTooLarge, batchTooLargeMessage, codeAllocator, newItemRecord, planItemBatch } from '@/domain/item-batch'
import { patchedItemRecord } from '@/domain/item-writes'
import { ItemDraftSchema, ItemPatchSchema } from '@/domain/model/item'
import { ItemBatchEnvelopeSchema, itemBatchLimits, type ItemBatchRowResult } from '@/domain/model/item-batch'
import { ItemQuerySchema } from '@/domain/model/item-query'
import { canCreateItem, canEditItem, canSetKey } from '@/domain/permissions'
import { requireUser, type Backend, type Env } from '../context'
import { badRequest, conflict, HttpFailure, notFound, refusal, validation } from '../http/failure'
import { readBody, readQuery } from '../http/parse'
import {
  existingDemands,
  insertItem,
  insertItems,
  keyCount,
  linkDemands,
  listCodes,
  lockItem,
  lockList,
  newId,
  reread,
  saveItem,
  touchedNothing,
} from '../store/writes'

/** 404 before reading the body, as the mock answers; the write re-reads the row under a lock. */
export function knownItem(backend: Backend, id: string): void {
  if (!backend.projection.items.has(id)) throw notFound('项目')
}

/** The item as served, from a record read in a transaction (for a 409's `current`). */
export function servedItem(backend: Backend, record: ItemRecord) {
  return deriveItem(record, backend.projection.updatesOf(record.id), backend.today())
}

export function itemRoutes() {
  const app = new Hono<Env>()

  app.get('/items', (c) => {
    requireUser(c)
    const backend = c.get('backend')
    const query = readQuery(c, ItemQuerySchema)
    const { projection } = backend
    const today = backend.today()
    if (query.asOf && query.asOf > today) throw badRequest('查询日期不能晚于今天')
    if (query.asOf && query.asOf < today) {
      const views = [...projection.items.values()].flatMap(
        (record) => itemViewAsOf(record, projection.updatesOf(record.id), query.asOf!) ?? [],
      )
      return c.json(queryItems(views, query, projection.unitName))
    }
    // Today's items in this order are kept and patched per write (Projection.sortedViews): at 50,000 items
    // a request costs a filter and a slice, not a sort, even while others write (npm run bench, "ledger").
    // Free text and status are narrowed by the projection's index first; the matcher checks what is left.
    startTime(c, 'query')
    const { views, matched } = projection.queryCandidates(query, today)
    const page = queryItems(views, query, projection.unitName, { presorted: true, matched })
    endTime(c, 'query')
    startTime(c, 'json')
    const response = c.json(page)
    endTime(c, 'json')
    return response
  })

  app.post('/items', async (c) => {
    const user = requireUser(c)
    const backend = c.get('backend')
    const draft = await readBody(c, ItemDraftSchema)
    const { campaign, units } = backend.projection
    const today = backend.today()
    const list = campaign.lists.find((l) => l.id === draft.listId)
    if (!list) throw validation({ listId: '未知的清单' })
    const allowed = canCreateItem(user, list, draft.unitId)
    if (!allowed.ok) throw refusal(allowed)
    const { record } = await backend.commit(async (tx) => {
      const fields = checkItemDraft(draft, { today, campaign, units })
      const known = await existingDemands(tx, draft.demandIds ?? [])
      for (const id of draft.demandIds ?? []) if (!known.has(id)) fields.demandIds = '关联的诉求不存在'
      if (Object.keys(fields).length > 0) throw validation(fields)
      await lockList(tx, list.id)
      if (draft.key) {
        const keyOk = canSetKey(user, { key: false }, list, await keyCount(tx, list.id), true)
        if (!keyOk.ok) throw refusal(keyOk)
      }
      const now = backend.now().toISOString()
      const record = newItemRecord(draft, list, {
        id: newId('item'),
        code: nextItemCode(list.codePrefix, await listCodes(tx, list.id)),
        now,
      })
      await insertItem(tx, record)
      const touched = touchedNothing()
      touched.items.add(record.id)
      await linkDemands(tx, touched, record.id, draft.demandIds ?? [], now)
      return { record, changes: await reread(tx, touched) }
    })
    return c.json(backend.projection.item(record.id, today), 201)
  })

  // Many new items at once (the spreadsheet import): one transaction for the chunk, each row checked by
  // the same domain rules as POST /items, codes handed out in row order under the lists' locks.
  app.post('/items/batch', async (c) => {
    const user = requireUser(c)
    const backend = c.get('backend')
    const { items: rows } = await readBody(c, ItemBatchEnvelopeSchema, itemBatchLimits.maxBodyBytes, batchRefusal)
    if (batchTooLarge(0, rows.length)) throw batchRefusal()
    const { campaign, units } = backend.projection
    const today = backend.today()
    const { plan, created } = await backend.commit(async (tx) => {
      const listIds = [...new Set(rows.flatMap((row) => listIdOf(row) ?? []))]
        .filter((id) => campaign.lists.some((list) => list.id === id))
        .sort()
      const keys = new Map<string, number>()
      const codes = new Map<string, () => string>()
      for (const listId of listIds) {
        await lockList(tx, listId)
        keys.set(listId, await keyCount(tx, listId))
      }
      const known = await existingDemands(tx, [...new Set(rows.flatMap(demandIdsOf))])
      const plan = planItemBatch(rows, {
        today,
        campaign,
        units,
        user,
        demandExists: (id) => known.has(id),
        keyCount: (listId) => keys.get(listId) ?? 0,
      })
      const now = backend.now().toISOString()
      const created = new Map<number, ItemRecord>()
      for (const row of plan) {
        if ('error' in row) continue
        let next = codes.get(row.list.id)
        if (!next) codes.set(row.list.id, (next = codeAllocator(row.list.codePrefix, await listCodes(tx, row.list.id))))
        created.set(row.index, newItemRecord(row.draft, row.list, { id: newId('item'), code: next(), now }))
      }
      await insertItems(tx, [...created.values()])
      const touched = touchedNothing()
      for (const record of created.values()) touched.items.add(record.id)
      for (const row of plan) {
        const record = created.get(row.index)
        if (record && 'draft' in row && row.draft.demandIds?.length)
          await linkDemands(tx, touched, record.id, row.draft.demandIds, now)
      }
      return { plan, created, changes: await reread(tx, touched) }
    })
    const results = plan.map((row): ItemBatchRowResult =>
      'error' in row
        ? { index: row.index, error: row.error }
        : { index: row.index, item: backend.projection.item(created.get(row.index)!.id, today)! },
    )
    return c.json({ results })
  })

  app.get('/items/:id', (c) => {
    requireUser(c)
    const backend = c.get('backend')
    const id = c.req.param('id')
    knownItem(backend, id)
    return c.json(backend.projection.item(id, backend.today()))
  })

  app.patch('/items/:id', async (c) => {
    const user = requireUser(c)
    const backend = c.get('backend')
    const id = c.req.param('id')
    knownItem(backend, id)
    const patch = await readBody(c, ItemPatchSchema)
    const { campaign, units } = backend.projection
    const today = backend.today()
    await backend.commit(async (tx) => {
      const record = await lockItem(tx, id)
      if (!record) throw notFound('项目')
      const { version, key, demandIds, ...content } = patch
      if (Object.keys(content).length > 0 || demandIds !== undefined) {
        const allowed = canEditItem(user, record)
        if (!allowed.ok) throw refusal(allowed)
      }
      const list = campaign.lists.find((l) => l.id === record.listId)!
      if (key !== undefined && key !== record.key) {
        await lockList(tx, list.id)
        const allowed = canSetKey(user, record, list, await keyCount(tx, list.id), key)
        if (!allowed.ok) throw refusal(allowed)
      }
      if (version !== record.version) throw conflict(servedItem(backend, record))
      const fields = checkItemPatch(patch, record, { today, campaign, units })
      const known = await existingDemands(tx, demandIds ?? [])
      for (const demandId of demandIds ?? []) if (!known.has(demandId)) fields.demandIds = '关联的诉求不存在'
      if (Object.keys(fields).length > 0) throw validation(fields)
      const now = backend.now().toISOString()
      const next = patchedItemRecord(record, patch, now)
      if (!(await saveItem(tx, next, record.version))) throw conflict(servedItem(backend, (await lockItem(tx, id))!))
      const touched = touchedNothing()
      touched.items.add(id)
      if (demandIds !== undefined) await linkDemands(tx, touched, id, demandIds, now, true)
      return { changes: await reread(tx, touched) }
    })
    return c.json(backend.projection.item(id, today))
  })

  return app
}

const batchRefusal = () => new HttpFailure('too_large', batchTooLargeMessage)

/** A raw row's list id, to lock the lists before the rows are checked (the check itself is the domain's). */
function listIdOf(row: unknown): string | null {
  const listId = typeof row === 'object' && row !== null ? (row as { listId?: unknown }).listId : undefined
  return typeof listId === 'string' ? listId : null
}

function demandIdsOf(row: unknown): string[] {
  const ids = typeof row === 'object' && row !== null ? (row as { demandIds?: unknown }).demandIds : undefined
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : []
}
