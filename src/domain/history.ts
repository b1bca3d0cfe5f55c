import { dateOf, type IsoDate } from './dates'
import { isOverdue, lightOf } from './light'
import type { Item, ItemStatus, Light, UrgeState } from './model/item'
import type { Update } from './model/update'
import { extensionStateOf } from './extension'
import { urgeStateOf } from './red-list'

/** What a backend stores of an item; light, last update, urges and extensions are derived on read. */
export type ItemRecord = Omit<Item, 'light' | 'lastUpdate' | 'urge' | 'extension'>

/**
 * Update kinds that show the owner at work. Urges, instructions, on-site checks and surveys come from
 * supervision or leadership: they do not make a silent item look current.
 */
export const activityKinds: ReadonlySet<Update['kind']> = new Set<Update['kind']>(['progress', 'status', 'reply'])

export type ItemSnapshot = {
  status: ItemStatus
  progress: number
  light: Light
  overdue: boolean
  lastActivity: IsoDate | null
  urge: UrgeState
  surveyed: number
  satisfied: number
  /** The deadline then in force, and whether an extension request had been approved by then. */
  deadline: IsoDate
  extended: boolean
}

/**
 * The item as it stood at the end of `asOf`, replayed from its dated updates (oldest first): state and
 * deadline. Null when the item did not exist yet. Key selection and content are taken as they are now.
 */
export function snapshotAt(record: ItemRecord, updates: readonly Update[], asOf: IsoDate): ItemSnapshot | null {
  // Memoised: every stats endpoint replays every item to the same date. Records are replaced, never
  // mutated, on write, and update lists only grow, so (record, list, its length, date) names the result.
  let byList = snapshots.get(record)
  if (!byList) snapshots.set(record, (byList = new WeakMap()))
  let memo = byList.get(updates)
  const key = `${asOf}|${updates.length}`
  if (memo?.has(key)) return memo.get(key) ?? null
  const snap = replay(record, updates, asOf)
  if (!memo || memo.size >= 16) byList.set(updates, (memo = new Map()))
  memo.set(key, snap)
  return snap
}

const snapshots = new WeakMap<ItemRecord, WeakMap<readonly Update[], Map<string, ItemSnapshot | null>>>()

function replay(record: ItemRecord, updates: readonly Update[], asOf: IsoDate): ItemSnapshot | null {
  if (dateOf(record.createdAt) > asOf) return null
  let status: ItemStatus = 'planned'
  let progress = 0
  let lastActivity: IsoDate | null = null
  let surveyed = 0
  let satisfied = 0
  let deadline = record.deadline
  let created = false
  let extended = false
  const seen: Update[] = []
  for (const update of updates) {
    const on = dateOf(update.at)
    if (on > asOf) break
    seen.push(update)
    if (update.progress !== undefined) progress = update.progress
    if (update.toStatus !== undefined) status = update.toStatus
    if (update.kind === 'created') created = true
    if (update.kind === 'extension_decision' && update.approved) extended = true
    for (const change of update.changes ?? []) if (change.field === 'deadline') deadline = String(change.after)
    if (activityKinds.has(update.kind)) lastActivity = on
    if (update.kind === 'satisfaction') {
      surveyed += update.surveyed ?? 0
      satisfied += update.satisfied ?? 0
    }
  }
  // A trail that starts before `created` (items kept from before the trail) keeps today's deadline.
  const state = { ...record, status, progress, deadline: created ? deadline : record.deadline }
  return {
    status,
    progress,
    light: lightOf(state, lastActivity, asOf),
    overdue: isOverdue(state, asOf),
    lastActivity,
    urge: urgeStateOf(state, seen, asOf),
    surveyed,
    satisfied,
    deadline: state.deadline,
    extended,
  }
}

/** The item as served: the stored record plus what is derived from its updates and the date. */
export function deriveItem(record: ItemRecord, updates: readonly Update[], today: IsoDate): Item {
  let lastActivity: IsoDate | null = null
  for (const update of updates) if (activityKinds.has(update.kind)) lastActivity = dateOf(update.at)
  const last = updates.at(-1)
  return {
    ...record,
    light: lightOf(record, lastActivity, today),
    lastUpdate: last ? { at: last.at, kind: last.kind, note: last.note } : null,
    urge: urgeStateOf(record, updates, today),
    extension: extensionStateOf(updates),
  }
}

/** An update list sorted oldest first, as every rule here expects. */
export function byTime(updates: readonly Update[]): Update[] {
  return [...updates].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
}
