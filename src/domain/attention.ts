import { dateOf, daysBetween, type IsoDate } from './dates'
import { isOverdue, lightRule } from './light'
import type { Item } from './model/item'
import { isFinished } from './status'

// What a unit's own items need from their owner now: an answer to an urge, a late deadline, a report
// after a long silence. The silence is the light rule's red threshold, so the two never disagree.

export const attentionReasons = ['urged', 'overdue', 'stale'] as const
export type AttentionReason = (typeof attentionReasons)[number]

export const attentionRule = { staleDays: lightRule.redStaleDays } as const

type AttentionInput = Pick<Item, 'status' | 'deadline' | 'createdAt' | 'urge' | 'lastUpdate'>

/** Days since the item's newest update (or its creation when it has none). */
export function daysSinceUpdate(item: Pick<Item, 'createdAt' | 'lastUpdate'>, today: IsoDate): number {
  return daysBetween(dateOf(item.lastUpdate?.at ?? item.createdAt), today)
}

/** Why the item needs its owner, most pressing first; empty when nothing does. */
export function attentionOf(item: AttentionInput, today: IsoDate): AttentionReason[] {
  if (item.status === 'closed') return []
  const reasons: AttentionReason[] = []
  if (item.urge.open > 0) reasons.push('urged')
  if (isOverdue(item, today)) reasons.push('overdue')
  if (!isFinished(item.status) && daysSinceUpdate(item, today) > attentionRule.staleDays) reasons.push('stale')
  return reasons
}

export type UnitTally = {
  total: number
  planned: number
  inProgress: number
  finished: number
  key: number
  overdue: number
  attention: number
}

/** A unit's items counted for its page (finished = done or struck off). */
export function tallyUnitItems(items: readonly (AttentionInput & Pick<Item, 'key'>)[], today: IsoDate): UnitTally {
  const tally: UnitTally = { total: 0, planned: 0, inProgress: 0, finished: 0, key: 0, overdue: 0, attention: 0 }
  for (const item of items) {
    tally.total += 1
    if (item.status === 'planned') tally.planned += 1
    else if (item.status === 'in_progress') tally.inProgress += 1
    else tally.finished += 1
    if (item.key) tally.key += 1
    if (isOverdue(item, today)) tally.overdue += 1
    if (attentionOf(item, today).length > 0) tally.attention += 1
  }
  return tally
}
