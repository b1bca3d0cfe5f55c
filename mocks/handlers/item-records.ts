import { itemDemandIds, linkedDemand, unlinkedDemand } from '@/domain/demand-links'
import type { ItemRecord } from '@/domain/history'
import type { MockBackend } from '../backend'
import { notFound } from '../http/failure'

export function findItem(backend: MockBackend, id: string): ItemRecord {
  const record = backend.db.items.get(id)
  if (!record) throw notFound('项目')
  return record
}

/**
 * Points demands at an item and keeps both sides of the link in step: `item.demandIds` and
 * `demand.itemId`. With `replace`, demands no longer listed are unlinked and go back to new.
 */
export function linkDemands(backend: MockBackend, itemId: string, demandIds: readonly string[], replace = false): void {
  const { db } = backend
  const now = backend.now().toISOString()
  const wanted = new Set(demandIds)
  const item = db.items.get(itemId)
  if (!item) return
  if (replace) {
    for (const id of item.demandIds) {
      const demand = db.demands.get(id)
      if (demand && !wanted.has(id) && demand.itemId === itemId) db.putDemand(unlinkedDemand(demand, now))
    }
  }
  for (const id of wanted) {
    const demand = db.demands.get(id)
    if (!demand || demand.itemId === itemId) continue
    if (demand.itemId) detach(backend, demand.itemId, id)
    db.putDemand(linkedDemand(demand, itemId, now))
  }
  const current = db.items.get(itemId)!
  const next = itemDemandIds(current.demandIds, wanted, replace)
  if (next.join() !== current.demandIds.join()) db.putItem({ ...current, demandIds: next })
}

/** Removes a demand from an item's list (the demand itself is changed by the caller). */
export function detach(backend: MockBackend, itemId: string, demandId: string): void {
  const item = backend.db.items.get(itemId)
  if (item && item.demandIds.includes(demandId)) {
    backend.db.putItem({ ...item, demandIds: item.demandIds.filter((id) => id !== demandId) })
  }
}
