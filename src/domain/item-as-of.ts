import { dateOf, type IsoDate } from './dates'
import { deriveItem, snapshotAt, type ItemRecord } from './history'
import type { ItemView } from './item-query'
import { extensionStateOf } from './extension'
import { isOverdue } from './light'
import type { Update } from './model/update'

/**
 * The item as the ledger showed it at the end of `asOf`: state, deadline, light, urges and extensions
 * replayed from the dated updates; content fields as they are now. Null when the item did not exist yet.
 */
export function itemViewAsOf(record: ItemRecord, updates: readonly Update[], asOf: IsoDate): ItemView | null {
  const snap = snapshotAt(record, updates, asOf)
  if (!snap) return null
  let seen = 0
  while (seen < updates.length && dateOf(updates[seen]!.at) <= asOf) seen += 1
  const last = updates[seen - 1]
  return {
    ...record,
    deadline: snap.deadline,
    extension: extensionStateOf(updates.slice(0, seen)),
    status: snap.status,
    progress: snap.progress,
    light: snap.light,
    overdue: snap.overdue,
    urge: snap.urge,
    lastUpdate: last ? { at: last.at, kind: last.kind, note: last.note } : null,
  }
}

/** The item as served today, with whether it is past its deadline (what lists and statistics read). */
export function itemViewToday(record: ItemRecord, updates: readonly Update[], today: IsoDate): ItemView {
  const item = deriveItem(record, updates, today)
  return { ...item, overdue: isOverdue(item, today) }
}
