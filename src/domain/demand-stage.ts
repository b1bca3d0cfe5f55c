import type { Demand } from './model/demand'
import type { DemandStage } from './model/demand-query'
import type { ItemStatus } from './model/item'
import { isFinished } from './status'

// The demand funnel (collected → adopted → done → struck off), once: the wall's counts and the
// demand pool's `stage` filter both ask this, so a figure and the list behind it always agree.

/** Whether the demand feeds an item: adopted or answered, linked to an item that exists (has a status). */
export function feedsItem(
  demand: Pick<Demand, 'status' | 'itemId'>,
  itemStatus: ItemStatus | null,
): itemStatus is ItemStatus {
  return demand.itemId !== null && itemStatus !== null && (demand.status === 'adopted' || demand.status === 'answered')
}

/** Stages are cumulative: a demand whose item is struck off is also `done` and `adopted`. */
export function isInStage(
  demand: Pick<Demand, 'status' | 'itemId'>,
  itemStatus: ItemStatus | null,
  stage: DemandStage,
): boolean {
  if (!feedsItem(demand, itemStatus)) return false
  switch (stage) {
    case 'adopted':
      return true
    case 'done':
      return isFinished(itemStatus)
    case 'closed':
      return itemStatus === 'closed'
  }
}
