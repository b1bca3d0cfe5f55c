import { randomUUID } from 'node:crypto'
import { itemDemandIds, linkedDemand, unlinkedDemand } from '@/domain/demand-links'
import type { ItemRecord } from '@/domain/history'
import type { Demand } from '@/domain/model/demand'
import type { Update } from '@/domain/model/update'
import type { Queryable } from '../db/database'
import {
  demandColumns,
  demandOf,
  demandValues,
  insertStatements,
  itemColumns,
  itemOf,
  itemValues,
  updateColumns,
  updateOf,
  updateValues,
} from '../db/rows'
import type { Changes } from './projection'

// The statements every write is made of. Each runs inside the caller's transaction.

export const newId = (prefix: string) => `${prefix}-${randomUUID().replaceAll('-', '').slice(0, 12)}`

/** The item row, locked until the transaction ends: concurrent writers to one item queue here. */
export async function lockItem(tx: Queryable, id: string): Promise<ItemRecord | null> {
  const { rows } = await tx.query('SELECT * FROM items WHERE id = $1 FOR UPDATE', [id])
  return rows[0] ? itemOf(rows[0]) : null
}

export async function historyOf(tx: Queryable, itemId: string): Promise<Update[]> {
  const { rows } = await tx.query('SELECT * FROM updates WHERE item_id = $1 ORDER BY at, seq', [itemId])
  return rows.map(updateOf)
}

/** Serialises the writes that count or number a list's items (the key-item limit, the next code). */
export async function lockList(tx: Queryable, listId: string): Promise<void> {
  await tx.query("SELECT pg_advisory_xact_lock(hashtext('list:' || $1))", [listId])
}

export async function keyCount(tx: Queryable, listId: string): Promise<number> {
  const { rows } = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM items WHERE list_id = $1 AND key', [
    listId,
  ])
  return rows[0]?.n ?? 0
}

export async function listCodes(tx: Queryable, listId: string): Promise<string[]> {
  const { rows } = await tx.query<{ code: string }>('SELECT code FROM items WHERE list_id = $1', [listId])
  return rows.map((row) => row.code)
}

export async function insertItem(tx: Queryable, item: ItemRecord): Promise<void> {
  for (const { sql, params } of insertStatements('items', itemColumns, [itemValues(item)])) await tx.query(sql, params)
}

/** Many new items, in as few multi-row statements as the parameter limit allows. */
export async function insertItems(tx: Queryable, items: readonly ItemRecord[]): Promise<void> {
  for (const { sql, params } of insertStatements('items', itemColumns, items.map(itemValues)))
    await tx.query(sql, params)
}

const itemSetters = itemColumns.map((column, index) => `${column} = $${index + 1}`).join(', ')

/**
 * Writes the whole item row, but only over the version it was read at: the version check and the
 * write are one statement in the caller's transaction. False when another write got there first.
 */
export async function saveItem(tx: Queryable, item: ItemRecord, readVersion: number): Promise<boolean> {
  const values = itemValues(item)
  const result = await tx.query(`UPDATE items SET ${itemSetters} WHERE id = $1 AND version = $${values.length + 1}`, [
    ...values,
    readVersion,
  ])
  return result.rowCount === 1
}

export async function insertUpdate(tx: Queryable, update: Update): Promise<void> {
  for (const { sql, params } of insertStatements('updates', updateColumns, [updateValues(update)]))
    await tx.query(sql, params)
}

export async function insertDemand(tx: Queryable, demand: Demand): Promise<void> {
  for (const { sql, params } of insertStatements('demands', demandColumns, [demandValues(demand)]))
    await tx.query(sql, params)
}

export async function lockDemand(tx: Queryable, id: string): Promise<Demand | null> {
  const { rows } = await tx.query('SELECT * FROM demands WHERE id = $1 FOR UPDATE', [id])
  return rows[0] ? demandOf(rows[0]) : null
}

const demandSetters = demandColumns.map((column, index) => `${column} = $${index + 1}`).join(', ')

export async function saveDemand(tx: Queryable, demand: Demand): Promise<void> {
  await tx.query(`UPDATE demands SET ${demandSetters} WHERE id = $1`, demandValues(demand))
}

export async function existingDemands(tx: Queryable, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const { rows } = await tx.query<{ id: string }>('SELECT id FROM demands WHERE id = ANY($1::text[])', [ids])
  return new Set(rows.map((row) => row.id))
}

/** Removes a demand from an item's list (the demand itself is changed by the caller). */
export async function detach(tx: Queryable, itemId: string, demandId: string): Promise<void> {
  await tx.query('UPDATE items SET demand_ids = array_remove(demand_ids, $2) WHERE id = $1', [itemId, demandId])
}

/**
 * Points demands at an item and keeps both sides of the link in step: `item.demandIds` and
 * `demand.itemId`. With `replace`, demands no longer listed are unlinked. Collects what it touched.
 */
export async function linkDemands(
  tx: Queryable,
  touched: Touched,
  itemId: string,
  demandIds: readonly string[],
  at: string,
  replace = false,
): Promise<void> {
  const item = await lockItem(tx, itemId)
  if (!item) return
  const wanted = new Set(demandIds)
  touched.items.add(itemId)
  if (replace) {
    for (const id of item.demandIds) {
      const demand = await lockDemand(tx, id)
      if (demand && !wanted.has(id) && demand.itemId === itemId) {
        await saveDemand(tx, unlinkedDemand(demand, at))
        touched.demands.add(id)
      }
    }
  }
  for (const id of wanted) {
    const demand = await lockDemand(tx, id)
    if (!demand || demand.itemId === itemId) continue
    if (demand.itemId) {
      await detach(tx, demand.itemId, id)
      touched.items.add(demand.itemId)
    }
    await saveDemand(tx, linkedDemand(demand, itemId, at))
    touched.demands.add(id)
  }
  const current = (await lockItem(tx, itemId))!
  const next = itemDemandIds(current.demandIds, wanted, replace)
  if (next.join() !== current.demandIds.join())
    await tx.query('UPDATE items SET demand_ids = $2 WHERE id = $1', [itemId, next])
}

export type Touched = { items: Set<string>; demands: Set<string>; updates: Update[] }
export const touchedNothing = (): Touched => ({ items: new Set(), demands: new Set(), updates: [] })

/** Re-reads the rows a write touched, as committed state for the projection. */
export async function reread(tx: Queryable, touched: Touched): Promise<Changes> {
  const items = touched.items.size
    ? (await tx.query('SELECT * FROM items WHERE id = ANY($1::text[])', [[...touched.items]])).rows.map(itemOf)
    : []
  const demands = touched.demands.size
    ? (await tx.query('SELECT * FROM demands WHERE id = ANY($1::text[])', [[...touched.demands]])).rows.map(demandOf)
    : []
  return { items, demands, updates: touched.updates }
}
