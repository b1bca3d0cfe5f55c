import type { ItemRecord } from './history'
import type { SatisfactionBar } from './model/campaign'
import { pendingExtension } from './extension'
import { meetsBar } from './satisfaction-bar'
import { isReopening } from './status'
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
  return { status: to, progress, completionNote: isReopening(status, to) ? null : completionNote }
}

/**
 * What posting an update records and what it does to the item (itemStateAfter; a survey below the list's
 * bar; an approved extension). Permissions and dates are checked before this; here it is already allowed.
 */
export function applyUpdate(
  record: ItemRecord,
  draft: UpdateDraft,
  author: Pick<User, 'id' | 'name' | 'role'>,
  stamp: { id: string; at: string },
  { bar, history }: { bar: SatisfactionBar; history: readonly Update[] },
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
      // Below the list's bar, done work goes back to in progress; the survey stays on the trail.
      if (record.status === 'done' && !meetsBar(update, bar)) {
        update.fromStatus = 'done'
        update.toStatus = 'in_progress'
        next = { ...record, ...itemStateAfter(record, { kind: 'status', toStatus: 'in_progress', note: '' }) }
      }
      break
    case 'extension':
      update.deadline = draft.deadline
      break
    case 'extension_decision': {
      const asked = pendingExtension(history)?.deadline
      update.approved = draft.approved
      if (asked) update.deadline = asked
      if (draft.approved && asked && asked !== record.deadline) {
        update.changes = [{ field: 'deadline', before: record.deadline, after: asked }]
        next = { ...record, deadline: asked }
      }
      break
    }
    case 'reply':
    case 'instruction':
      break
  }
  const item = next ? { ...next, updatedAt: stamp.at, version: record.version + 1 } : { ...record, updatedAt: stamp.at }
  return { update, record: item }
}
