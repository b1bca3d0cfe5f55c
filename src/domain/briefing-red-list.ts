import type { IsoDate } from './dates'
import type { Item, UrgeState } from './model/item'
import { daysOverdue } from './red-list'

// The red list (红榜): why each item is on it (the rule is src/domain/red-list.ts)

/** A red-listed item as GET /items?redList=true gives it; `urge.missed` is the figure the rule counts. */
export type RedListSource = Pick<
  Item,
  'id' | 'code' | 'title' | 'listId' | 'unitId' | 'deadline' | 'status' | 'key'
> & {
  urge: Pick<UrgeState, 'missed'>
}

/** Why an item is on the red list on a date: the urges that went unanswered, the days past its deadline. */
export type RedListReason = {
  /** Open urges past their reply-by date with no reply since (Item.urge.missed). */
  missedUrges: number
  /** Whole days past the deadline (0 when not overdue). */
  daysOverdue: number
}

/** The reasons an item is on the red list on `asOf`, from the item as of that date. */
export function redListReason(item: Pick<RedListSource, 'status' | 'deadline' | 'urge'>, asOf: IsoDate): RedListReason {
  return { missedUrges: item.urge.missed, daysOverdue: daysOverdue(item, asOf) }
}

export type BriefingRedListRow = {
  itemId: string
  code: string
  title: string
  listName: string
  unitName: string
  key: boolean
  reason: RedListReason
}
