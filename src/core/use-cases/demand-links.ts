import type { Denial } from '@/domain/decision'
import { canRelinkDemand, itemDemandIds, linkedDemand, unlinkedDemand, type LinkChange } from '@/domain/demand-links'
import type { ItemRecord } from '@/domain/history'
import type { Demand } from '@/domain/model/demand'
import type { User } from '@/domain/model/user'
import { editEntry } from '@/domain/trail'
import { HttpFailure } from '../failure'
import { newId, type WriteTx } from '../store'

// Both sides of the demand ↔ item link, kept in step: `item.demandIds` and `demand.itemId`. Every change
// is checked by the domain's canRelinkDemand first, and every item whose list changes gets a new version.

/** A refused link change as the HTTP failure, the field named on a 403 too. */
export function linkRefusal(denial: Denial, field: LinkChange['field']): HttpFailure {
  const fields = { [denial.field ?? field]: denial.reason }
  return new HttpFailure(denial.status === 403 ? 'forbidden' : 'validation', denial.reason, fields)
}

function checkLink(user: User, demand: Demand, change: LinkChange): void {
  const allowed = canRelinkDemand(user, demand, change)
  if (!allowed.ok) throw linkRefusal(allowed, change.field)
}

/**
 * Points the demands an item's `demandIds` name at the item: each demand that changes is checked, taken
 * off the item it leaves (a new version of that item) and saved. With `replace`, demands no longer
 * listed are unlinked (an adopted one goes back to new). Returns the item's new list; the caller writes
 * the item itself, so that the request gives it one new version.
 */
export async function relinkItemDemands(
  tx: WriteTx,
  user: User,
  item: ItemRecord,
  demandIds: readonly string[],
  at: string,
  replace: boolean,
): Promise<string[]> {
  const wanted = new Set(demandIds)
  if (replace) {
    for (const id of item.demandIds) {
      if (wanted.has(id)) continue
      const demand = await tx.lockDemand(id)
      if (!demand || demand.itemId !== item.id) continue
      checkLink(user, demand, { from: item, to: null, field: 'demandIds', explicit: false })
      await tx.saveDemand(unlinkedDemand(demand, at))
    }
  }
  for (const id of wanted) {
    const demand = await tx.lockDemand(id)
    if (!demand || demand.itemId === item.id) continue
    const from = demand.itemId ? await tx.lockItem(demand.itemId) : null
    checkLink(user, demand, { from, to: item, field: 'demandIds', explicit: false })
    if (from) await detach(tx, user, from.id, demand, at)
    await tx.saveDemand(linkedDemand(demand, item.id, at))
  }
  return itemDemandIds(item.demandIds, wanted, replace)
}

/**
 * Writes an item's new state as one new version with its trail entry (an edit: what changed and why).
 * `unchanged` writes nothing; `stale` when another write got to the item first (the caller holds its lock
 * and has checked the version, so only a concurrent store can say it).
 */
export async function saveEdit(
  tx: WriteTx,
  user: User,
  before: ItemRecord,
  after: ItemRecord,
  note: string,
): Promise<'saved' | 'unchanged' | 'stale'> {
  const next = { ...after, version: before.version + 1 }
  const entry = editEntry(before, next, user, { id: newId('upd'), at: next.updatedAt }, note)
  if (!entry) return 'unchanged'
  if (!(await tx.saveItem(next, before.version))) return 'stale'
  await tx.insertUpdates([entry])
  return 'saved'
}

/** Removes a demand from an item's list: a new version of the item (the demand is changed by the caller). */
export async function detach(tx: WriteTx, user: User, itemId: string, demand: Demand, at: string): Promise<void> {
  const item = await tx.lockItem(itemId)
  if (!item?.demandIds.includes(demand.id)) return
  const demandIds = item.demandIds.filter((id) => id !== demand.id)
  await saveEdit(tx, user, item, { ...item, demandIds, updatedAt: at }, `诉求 ${demand.receipt} 不再由本项目承接`)
}

/** Adds a demand to an item's list: a new version of the item (the demand is changed by the caller). */
export async function attach(tx: WriteTx, user: User, itemId: string, demand: Demand, at: string): Promise<void> {
  const item = await tx.lockItem(itemId)
  if (!item || item.demandIds.includes(demand.id)) return
  const demandIds = itemDemandIds(item.demandIds, [demand.id], false)
  await saveEdit(tx, user, item, { ...item, demandIds, updatedAt: at }, `诉求 ${demand.receipt} 由本项目承接`)
}
