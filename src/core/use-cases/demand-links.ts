import type { Denial } from '@/domain/decision'
import { canRelinkDemand, itemDemandIds, linkedDemand, unlinkedDemand, type LinkChange } from '@/domain/demand-links'
import type { ItemRecord } from '@/domain/history'
import type { Demand } from '@/domain/model/demand'
import type { User } from '@/domain/model/user'
import { HttpFailure } from '../failure'
import type { WriteTx } from '../store'

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
    if (from) await detach(tx, from.id, id, at)
    await tx.saveDemand(linkedDemand(demand, item.id, at))
  }
  return itemDemandIds(item.demandIds, wanted, replace)
}

/** Removes a demand from an item's list, a new version of the item (the demand is changed by the caller). */
export async function detach(tx: WriteTx, itemId: string, demandId: string, at: string): Promise<void> {
  const item = await tx.lockItem(itemId)
  if (item?.demandIds.includes(demandId))
    await tx.setItemDemandIds(
      itemId,
      item.demandIds.filter((id) => id !== demandId),
      at,
    )
}

/** Adds a demand to an item's list, a new version of the item (the demand is changed by the caller). */
export async function attach(tx: WriteTx, itemId: string, demandId: string, at: string): Promise<void> {
  const item = await tx.lockItem(itemId)
  if (item && !item.demandIds.includes(demandId))
    await tx.setItemDemandIds(itemId, itemDemandIds(item.demandIds, [demandId], false), at)
}
