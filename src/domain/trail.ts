import type { ItemRecord } from './history'
import { trailFields, type FieldChange, type TrailField, type Update } from './model/update'
import type { User } from './model/user'
import { itemStateAfter } from './update-effects'

// The item's trail: every change to an item is an entry (created, edit, progress, status, an approved
// extension, a survey that sends it back), and replaying the entries from `created` gives the item.

export type Author = Pick<User, 'id' | 'name' | 'role'>
export type Stamp = { id: string; at: string }

type FieldValue = FieldChange['after']

const valueOf = (record: ItemRecord, field: TrailField): FieldValue => {
  const value = record[field]
  return Array.isArray(value) ? [...value] : value
}

const same = (a: FieldValue, b: FieldValue) => JSON.stringify(a) === JSON.stringify(b)

function entry(record: Pick<ItemRecord, 'id'>, kind: Update['kind'], author: Author, stamp: Stamp, note: string) {
  return {
    id: stamp.id,
    itemId: record.id,
    kind,
    at: stamp.at,
    authorId: author.id,
    authorName: author.name,
    authorRole: author.role,
    note,
  } satisfies Update
}

/** The first entry: every field as created. */
export function createdEntry(record: ItemRecord, author: Author, stamp: Stamp, note = ''): Update {
  const changes = trailFields.map((field) => ({ field, before: null, after: valueOf(record, field) }))
  return { ...entry(record, 'created', author, { ...stamp, at: record.createdAt }, note), changes }
}

/** The fields that differ between two states of one item. */
export function fieldChanges(before: ItemRecord, after: ItemRecord): FieldChange[] {
  return trailFields.flatMap((field) => {
    const from = valueOf(before, field)
    const to = valueOf(after, field)
    return same(from, to) ? [] : [{ field, before: from, after: to }]
  })
}

/** An edit's entry (content, key selection, demand links) with why; null when nothing changed. */
export function editEntry(before: ItemRecord, after: ItemRecord, author: Author, stamp: Stamp, note: string) {
  const changes = fieldChanges(before, after)
  return changes.length === 0 ? null : ({ ...entry(before, 'edit', author, stamp, note), changes } satisfies Update)
}

/** Whether an entry made a new version of the item (the others only mark it touched). */
export function changesRecord(update: Pick<Update, 'kind' | 'toStatus' | 'changes'>): boolean {
  return (
    update.kind === 'progress' ||
    update.kind === 'status' ||
    update.toStatus !== undefined ||
    (update.kind !== 'created' && (update.changes?.length ?? 0) > 0)
  )
}

/**
 * The item its trail tells of: `created` gives every field at version 1, each entry after it applies
 * its field changes and its progress or status move, and each change is one version. Null without
 * a `created` entry first.
 */
export function replayTrail(trail: readonly Update[]): ItemRecord | null {
  const [first, ...rest] = trail
  if (first?.kind !== 'created') return null
  let record = {
    id: first.itemId,
    status: 'planned',
    progress: 0,
    completionNote: null,
    createdAt: first.at,
    updatedAt: first.at,
    version: 1,
  } as ItemRecord
  record = withChanges(record, first.changes)
  for (const update of rest) {
    let next = withChanges(record, update.changes)
    if (update.kind === 'progress' && update.progress !== undefined)
      next = { ...next, ...itemStateAfter(next, { kind: 'progress', progress: update.progress }) }
    else if (update.toStatus !== undefined)
      next = { ...next, ...itemStateAfter(next, { kind: 'status', toStatus: update.toStatus, note: update.note }) }
    record = { ...next, updatedAt: update.at, version: record.version + (changesRecord(update) ? 1 : 0) }
  }
  return record
}

function withChanges(record: ItemRecord, changes: readonly FieldChange[] | undefined): ItemRecord {
  if (!changes) return record
  const next: Record<string, unknown> = { ...record }
  for (const change of changes) next[change.field] = Array.isArray(change.after) ? [...change.after] : change.after
  return next as ItemRecord
}
