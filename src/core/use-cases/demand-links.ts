import { itemDemandIds, linkedDemand, unlinkedDemand } from '@/domain/demand-links'
import type { WriteTx } from '../store'

/**
 * Points demands at an item and keeps both sides of the link in step: `item.demandIds` and
 * `demand.itemId`. With `replace`, demands no longer listed are unlinked (an adopted one goes back to new).
 */
export async function linkDemands(
  tx: WriteTx,
  itemId: string,
  demandIds: readonly string[],
  at: string,
  replace = false,
): Promise<void> {
  const item = await tx.lockItem(itemId)
  if (!item) return
  const wanted = new Set(demandIds)
  if (replace) {
    for (const id of item.demandIds) {
      const demand = await tx.lockDemand(id)
      if (demand && !wanted.has(id) && demand.itemId === itemId) await tx.saveDemand(unlinkedDemand(demand, at))
    }
  }
  for (const id of wanted) {
    const demand = await tx.lockDemand(id)
    if (!demand || demand.itemId === itemId) continue
    if (demand.itemId) await detach(tx, demand.itemId, id)
    await tx.saveDemand(linkedDemand(demand, itemId, at))
  }
  const current = (await tx.lockItem(itemId))!
  const next = itemDemandIds(current.demandIds, wanted, replace)
  if (next.join() !== current.demandIds.join()) await tx.setItemDemandIds(itemId, next)
}

/** Removes a demand from an item's list (the demand itself is changed by the caller). */
export async function detach(tx: WriteTx, itemId: string, demandId: string): Promise<void> {
  const item = await tx.lockItem(itemId)
  if (item?.demandIds.includes(demandId))
    await tx.setItemDemandIds(
      itemId,
      item.demandIds.filter((id) => id !== demandId),
    )
}
