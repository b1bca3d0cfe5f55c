import type { IsoDate } from './dates'
import { isOverdue } from './light'
import type { Item } from './model/item'
import { queueReasons, type QueueEntry, type QueueReason, type SupervisionFilters } from './model/supervision'
import { isReplyOverdue } from './urge'

// The supervision queue (督办): what needs a supervisor now, most urgent first. One rule for the mock,
// a real server and the UI.

export type QueueItem = Pick<Item, 'code' | 'status' | 'light' | 'deadline' | 'urge' | 'key'>

/** Every reason `item` needs supervision on `today`, most urgent first; empty when it needs none. */
export function queueReasonsOf(item: QueueItem, today: IsoDate): QueueReason[] {
  if (item.status === 'closed') return []
  const reasons: QueueReason[] = []
  if (item.urge.redList) reasons.push('red_list')
  if (isReplyOverdue(item.urge, today)) reasons.push('reply_overdue')
  if (isOverdue(item, today)) reasons.push('overdue')
  if (item.light === 'red') reasons.push('red')
  if (item.light === 'yellow') reasons.push('yellow')
  if (item.status === 'done') reasons.push('awaiting_strike_off')
  return reasons
}

/** Rank of a reason: 0 is the most urgent (the order of `queueReasons`). */
export const reasonRank = Object.fromEntries(queueReasons.map((reason, index) => [reason, index])) as Record<
  QueueReason,
  number
>

/** The date an entry has been waiting since: the reply-by date for unanswered urges, else the deadline. */
function waitingSince(entry: { item: QueueItem; reasons: readonly QueueReason[] }): IsoDate {
  const top = entry.reasons[0]
  if ((top === 'red_list' || top === 'reply_overdue') && entry.item.urge.replyBy) return entry.item.urge.replyBy
  return entry.item.deadline
}

/**
 * Most urgent first: the most urgent reason; then more reasons before fewer; key items before the
 * others; the longest wait (earliest reply-by date or deadline) first; then the code, so pages are stable.
 */
export function compareUrgency(
  a: { item: QueueItem; reasons: readonly QueueReason[] },
  b: { item: QueueItem; reasons: readonly QueueReason[] },
): number {
  const rank = (entry: { reasons: readonly QueueReason[] }) =>
    entry.reasons[0] === undefined ? queueReasons.length : reasonRank[entry.reasons[0]]
  return (
    rank(a) - rank(b) ||
    b.reasons.length - a.reasons.length ||
    Number(b.item.key) - Number(a.item.key) ||
    (waitingSince(a) < waitingSince(b) ? -1 : waitingSince(a) > waitingSince(b) ? 1 : 0) ||
    (a.item.code < b.item.code ? -1 : a.item.code > b.item.code ? 1 : 0)
  )
}

/** The queue: every item that needs supervision, with its reasons, most urgent first. */
export function supervisionQueue<T extends QueueItem>(
  items: Iterable<T>,
  today: IsoDate,
): { item: T; reasons: QueueReason[] }[] {
  const entries: { item: T; reasons: QueueReason[] }[] = []
  for (const item of items) {
    const reasons = queueReasonsOf(item, today)
    if (reasons.length > 0) entries.push({ item, reasons })
  }
  return entries.sort(compareUrgency)
}

/** How many entries carry each reason. */
export function countReasons(entries: readonly Pick<QueueEntry, 'reasons'>[]): Record<QueueReason, number> {
  const counts = Object.fromEntries(queueReasons.map((reason) => [reason, 0])) as Record<QueueReason, number>
  for (const entry of entries) for (const reason of entry.reasons) counts[reason] += 1
  return counts
}

/**
 * The meaning of GET /api/supervision/queue before paging: the queue of the items in scope (`list`,
 * `unit`, `key`), how many are queued and the count per reason in that scope, and the entries that
 * carry `reason` when one is asked for.
 */
export function queueFor<T extends QueueItem & Pick<Item, 'listId' | 'unitId'>>(
  items: Iterable<T>,
  query: Pick<SupervisionFilters, 'list' | 'unit' | 'key' | 'reason'>,
  today: IsoDate,
): { entries: { item: T; reasons: QueueReason[] }[]; queued: number; counts: Record<QueueReason, number> } {
  const inScope = [...items].filter(
    (item) =>
      (!query.list || item.listId === query.list) &&
      (!query.unit || item.unitId === query.unit) &&
      (query.key === undefined || item.key === query.key),
  )
  const queue = supervisionQueue(inScope, today)
  const { reason } = query
  return {
    entries: reason ? queue.filter((entry) => entry.reasons.includes(reason)) : queue,
    queued: queue.length,
    counts: countReasons(queue),
  }
}
