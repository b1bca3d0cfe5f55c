import type { ItemRecord } from './history'
import type { Update, UpdateDraft } from './model/update'
import type { User } from './model/user'

export type PostedUpdate = {
  update: Update
  /** The item after the update: a new version when progress or status changed, else only `updatedAt`. */
  record: ItemRecord
}

/**
 * What posting an update records and what it does to the item. Progress above 0 starts a planned item;
 * marking done is the completion reply (办结回复): progress 100 and the note kept; reopening clears it.
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
      next = { ...record, progress: draft.progress }
      if (record.status === 'planned' && draft.progress > 0) {
        update.fromStatus = 'planned'
        update.toStatus = 'in_progress'
        next.status = 'in_progress'
      }
      break
    }
    case 'status': {
      update.fromStatus = record.status
      update.toStatus = draft.toStatus
      next = { ...record, status: draft.toStatus }
      if (draft.toStatus === 'done') {
        update.progress = 100
        next.progress = 100
        next.completionNote = draft.note
      }
      if (draft.toStatus === 'in_progress' && record.status === 'done') next.completionNote = null
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
