import type { createItems } from '@/contract/item-batch'
import type { createItem, getItem, listItems, patchItem } from '@/contract/items'
import type { ItemRecord } from '@/domain/history'
import { itemViewAsOf } from '@/domain/item-as-of'
import { batchTooLarge, batchTooLargeMessage, codeAllocator, newItemRecord, planItemBatch } from '@/domain/item-batch'
import { checkDemandLinks, checkItemPatch } from '@/domain/item-checks'
import { queryItems } from '@/domain/item-query'
import { patchedItemRecord } from '@/domain/item-writes'
import { deriveItem } from '@/domain/history'
import type { ItemBatchRowResult } from '@/domain/model/item-batch'
import type { User } from '@/domain/model/user'
import { conflict, HttpFailure, notFound, refusal, validation } from '../failure'
import type { ReadModel } from '../read-model/read-model'
import { newId, type WriteTx } from '../store'
import type { UseCase, UseCaseContext } from '../use-case'
import { canEditItem, canSetKey } from '@/domain/permissions'
import { createdEntry } from '@/domain/trail'
import { relinkItemDemands, saveEdit } from './demand-links'
import { pastDate } from './query-checks'

/** The item as served, or 404. */
export function knownItem(read: ReadModel, id: string): ItemRecord {
  const record = read.items.get(id)
  if (!record) throw notFound('项目')
  return record
}

export const listItemsCase: UseCase<typeof listItems> = ({ read, query, today }) => {
  const asOf = pastDate(query.asOf, today)
  if (asOf) {
    const views = [...read.items.values()].flatMap(
      (record) => itemViewAsOf(record, read.updatesOf(record.id), asOf) ?? [],
    )
    return queryItems(views, query, read.unitName)
  }
  // Today's items in this order are kept and patched per write (ReadModel.sortedViews); free text and
  // status are narrowed by its index first, and the domain's matcher checks what is left.
  const { views, matched } = read.queryCandidates(query, today)
  return queryItems(views, query, read.unitName, { presorted: true, matched })
}

export const getItemCase: UseCase<typeof getItem> = ({ read, params, today }) => {
  knownItem(read, params.id)
  return read.item(params.id, today)!
}

/**
 * Creates the rows that pass the checks POST /items makes (the domain's planItemBatch, row by row), in one
 * transaction, codes handed out in row order under the lists' locks. One result per row.
 */
async function createRows(context: UseCaseContext<typeof createItems>, user: User, rows: readonly unknown[]) {
  const { store, read, today, now } = context
  const { campaign, units } = read
  const at = now.toISOString()
  const { plan, created } = await store.transaction(async (tx) => {
    const listIds = [...new Set(rows.flatMap((row) => field(row, 'listId') ?? []))]
      .filter((id) => campaign.lists.some((list) => list.id === id))
      .sort()
    const keys = new Map<string, number>()
    for (const listId of listIds) {
      await tx.lockList(listId)
      keys.set(listId, await tx.keyCount(listId))
    }
    const links = await demandLinks(tx, [...new Set(rows.flatMap(demandIdsOf))])
    const plan = planItemBatch(rows, {
      today,
      campaign,
      units,
      user,
      demand: (id) => links.get(id),
      keyCount: (listId) => keys.get(listId) ?? 0,
    })
    const codes = new Map<string, () => string>()
    const created = new Map<number, ItemRecord>()
    for (const row of plan) {
      if ('error' in row) continue
      let next = codes.get(row.list.id)
      if (!next) codes.set(row.list.id, (next = codeAllocator(row.list.codePrefix, await tx.listCodes(row.list.id))))
      const record = newItemRecord(row.draft, row.list, { id: newId('item'), code: next(), now: at })
      created.set(row.index, { ...record, demandIds: [...new Set(row.draft.demandIds ?? [])] })
    }
    await tx.insertItems([...created.values()])
    await tx.insertUpdates([...created.values()].map((record) => createdEntry(record, user, { id: newId('upd'), at })))
    // The new items carry their links from version 1; the demands follow (and leave any item they were behind).
    for (const row of plan) {
      const record = created.get(row.index)
      if (record && record.demandIds.length > 0)
        await relinkItemDemands(tx, user, { ...record, demandIds: [] }, record.demandIds, at, false)
    }
    return { plan, created }
  })
  return plan.map((row): ItemBatchRowResult =>
    'error' in row
      ? { index: row.index, error: row.error }
      : { index: row.index, item: read.item(created.get(row.index)!.id, today)! },
  )
}

export const createItemsCase: UseCase<typeof createItems> = async (context) => {
  const rows = context.body.items
  if (batchTooLarge(0, rows.length)) throw new HttpFailure('too_large', batchTooLargeMessage)
  return { results: await createRows(context, context.user, rows) }
}

/** A batch of one: the same checks, its error as the whole answer. */
export const createItemCase: UseCase<typeof createItem> = async (context) => {
  const [result] = await createRows({ ...context, body: { items: [context.body] } }, context.user, [context.body])
  if (result && 'item' in result) return result.item
  const error = result!.error
  throw new HttpFailure(error.code, error.message, error.fields)
}

export const patchItemCase: UseCase<typeof patchItem> = async ({
  store,
  read,
  user,
  params,
  body: patch,
  now,
  today,
}) => {
  const { id } = params
  knownItem(read, id)
  const { campaign, units } = read
  await store.transaction(async (tx) => {
    const record = await tx.lockItem(id)
    if (!record) throw notFound('项目')
    const { version, key, demandIds, ...content } = patch
    if (Object.keys(content).length > 0 || demandIds !== undefined) {
      const allowed = canEditItem(user, record)
      if (!allowed.ok) throw refusal(allowed)
    }
    const list = campaign.lists.find((l) => l.id === record.listId)!
    if (key !== undefined && key !== record.key) {
      await tx.lockList(list.id)
      const allowed = canSetKey(user, record, list, await tx.keyCount(list.id), key)
      if (!allowed.ok) throw refusal(allowed)
    }
    const served = async () => deriveItem(record, await tx.historyOf(id), today)
    if (version !== record.version) throw conflict(await served())
    const known = await tx.existingDemands(demandIds ?? [])
    const fields = {
      ...checkItemPatch(patch, record, { today, campaign, units }),
      ...checkDemandLinks(demandIds, (demandId) => known.has(demandId)),
    }
    if (Object.keys(fields).length > 0) throw validation(fields)
    const at = now.toISOString()
    // The links are part of the item: a change of them is in this one new version and its one entry.
    const linked =
      demandIds === undefined ? record.demandIds : await relinkItemDemands(tx, user, record, demandIds, at, true)
    const next = { ...patchedItemRecord(record, patch, at), demandIds: linked }
    if ((await saveEdit(tx, user, record, next, patch.reason ?? '')) === 'stale') throw conflict(await served())
  })
  return read.item(id, today)!
}

/** A raw row's field, to lock its list before the row is checked (the check itself is the domain's). */
function field(row: unknown, name: string): string | null {
  const value = typeof row === 'object' && row !== null ? (row as Record<string, unknown>)[name] : undefined
  return typeof value === 'string' ? value : null
}

/** The demands rows link to, each with the item it is behind now (locked, read once before the plan). */
async function demandLinks(tx: WriteTx, ids: readonly string[]) {
  const links = new Map<string, { unitId: string; from: ItemRecord | null }>()
  for (const id of ids) {
    const demand = await tx.lockDemand(id)
    if (demand) links.set(id, { unitId: demand.unitId, from: demand.itemId ? await tx.lockItem(demand.itemId) : null })
  }
  return links
}

function demandIdsOf(row: unknown): string[] {
  const ids = typeof row === 'object' && row !== null ? (row as { demandIds?: unknown }).demandIds : undefined
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : []
}
