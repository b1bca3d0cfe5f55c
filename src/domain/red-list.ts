import { daysBetween, type IsoDate } from './dates'
import { isOverdue } from './light'
import type { Item, UrgeState } from './model/item'
import type { Update } from './model/update'
import { isFinished } from './status'
import { urgeState } from './urge'

/**
 * The red list (红榜) shown to leadership: the items whose unit has let supervision down. Urges count
 * against the unit only when their reply-by date passes without a reply; pressing 催办 three times
 * does not put a green item on it. Both thresholds live here, once.
 */
export const redListRule = {
  /** This many open urges past their reply-by date put an unfinished item on the red list. */
  missedUrges: 2,
  /** An unfinished item more than this many days past its deadline is on the red list. */
  overdueDays: 30,
} as const

/** Whole days an unfinished item is past its deadline on `today`; 0 when it is not overdue. */
export function daysOverdue(item: Pick<Item, 'status' | 'deadline'>, today: IsoDate): number {
  return isOverdue(item, today) ? daysBetween(item.deadline, today) : 0
}

/** Whether an item with `missedUrges` unanswered urges past their dates is on the red list on `today`. */
export function isRedListed(item: Pick<Item, 'status' | 'deadline'>, missedUrges: number, today: IsoDate): boolean {
  if (isFinished(item.status)) return false
  return missedUrges >= redListRule.missedUrges || daysOverdue(item, today) > redListRule.overdueDays
}

/** Item.urge on `today`: the urge ladder of the item's updates (oldest first) and the red list. */
export function urgeStateOf(
  item: Pick<Item, 'status' | 'deadline'>,
  updates: readonly Pick<Update, 'kind' | 'replyBy'>[],
  today: IsoDate,
): UrgeState {
  const { count, open, replyBy, missed } = urgeState(updates, today)
  return { count, open, replyBy, missed, redList: isRedListed(item, missed, today) }
}
