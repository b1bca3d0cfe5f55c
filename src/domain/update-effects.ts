import type { ItemRecord } from './history'
import type { ItemStatus } from './model/item'
import type { Update, UpdateDraft } from './model/update'
import type { User } from './model/user'

export type PostedUpdate = {
  update: Update
  /** The item after the update: a new version when progress or status changed, else only `updatedAt`. */
  record: ItemRecord
}

export type ItemState = Pick<ItemRecord, 'status' | 'progress' | 'completionNote'>
export type StateChange =
  { kind: 'progress'; progress: number } | { kind: 'status'; toStatus: ItemStatus; note: string }

/**
 * What a progress report or a status change does to the item's state. Progress above 0 starts a planned
 * item; marking done is the completion reply (办结回复): progress 100 and the note kept; reopening clears it.
 */
export function itemStateAfter(item: ItemState, change: StateChange): ItemState {
  const { status, progress, completionNote } = item
  if (change.kind === 'progress')
    return {
      status: status === 'planned' && change.progress > 0 ? 'in_progress' : status,
      progress: change.progress,
      completionNote,
    }
  const to = change.toStatus
  if (to === 'done') return { status: to, progress: 100, completionNote: change.note }
  return { status: to, progress, completionNote: to === 'in_progress' && status === 'done' ? null : completionNote }
}

/**
 * What posting an update records and what it does to the item (itemStateAfter).
 * Permissions and dates are checked before this; here the update is already allowed.
 */
export function applyUpdate(
  record: ItemRecord,
  draft: UpdateDraft,
  author: Pick<User, 'id' | 'name' | 'role'>,
  stamp: { id: string; at: string },
): PostedUpdate {
  const update: Update = {
    id: stamp.id,
    itemId: record.id,
    kind: draft.kind,
    at: stamp.at,
    authorId: author.id,
    authorName: author.name,
    authorRole: author.role,
    note: draft.note,
  }
  let next: ItemRecord | null = null
  switch (draft.kind) {
    case 'progress': {
      update.progress = draft.progress
      next = { ...record, ...itemStateAfter(record, draft) }
      if (next.status !== record.status) {
        update.fromStatus = record.status
        update.toStatus = next.status
      }
      break
    }
    case 'status': {
      update.fromStatus = record.status
      update.toStatus = draft.toStatus
      next = { ...record, ...itemStateAfter(record, draft) }
      if (draft.toStatus === 'done') update.progress = 100
      break
    }
    case 'inspection':
      update.visitedOn = draft.visitedOn
      break
    case 'urge':
      update.replyBy = draft.replyBy
      break
    case 'satisfaction':
      update.surveyed = draft.surveyed
      update.satisfied = draft.satisfied
      update.method = draft.method
      break
    case 'reply':
    case 'instruction':
      break
  }
  const item = next ? { ...next, updatedAt: stamp.at, version: record.version + 1 } : { ...record, updatedAt: stamp.at }
  return { update, record: item }
}
