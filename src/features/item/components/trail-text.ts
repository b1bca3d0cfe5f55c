import type { FieldChange, TrailField, Update } from '@/domain/model/update'
import { formatDate } from '@/lib/format'
import { tp } from '@/lib/strings/page-strings'
import { t } from '@/lib/strings/strings'

// One entry of the item's trail in words: what it says beyond its kind (the new progress, a status move,
// each field changed, an extension asked or decided) and its note under the right heading.

/** Names for the ids a field change may carry. */
export type TrailNames = {
  category: (id: string) => string
  unit: (id: string) => string
  list: (id: string) => string
}

/** Each field's name as the item page and the ledger call it. */
const fieldLabel: Record<TrailField, string> = {
  code: t.list.code,
  listId: t.list.list,
  unitId: t.list.unit,
  title: t.list.title,
  content: t.list.content,
  beneficiaries: t.list.beneficiaries,
  category: t.list.category,
  leadLeader: t.list.leadLeader,
  owner: t.list.owner,
  ownerPhone: tp.item.ownerPhone,
  deadline: t.list.deadline,
  key: t.list.keyBadge,
  demandIds: tp.item.demands,
}

type Value = FieldChange['after']

function valueText(field: TrailField, value: Value, names: TrailNames): string {
  if (value === null || value === '') return t.list.none
  if (typeof value === 'boolean') return value ? tp.ledger.yes : tp.ledger.no
  if (Array.isArray(value)) return tp.trail.demandCount(value.length)
  const text = String(value)
  switch (field) {
    case 'category':
      return names.category(text)
    case 'unitId':
      return names.unit(text)
    case 'listId':
      return names.list(text)
    case 'deadline':
      return formatDate(text)
    default:
      return text
  }
}

const ids = (value: Value): readonly string[] => (Array.isArray(value) ? value : [])

/** One field change: 字段：旧值 → 新值; the demand links as how many were added and removed. */
export function changeText(change: FieldChange, names: TrailNames): string {
  if (change.field === 'demandIds') {
    const before = ids(change.before)
    const after = ids(change.after)
    const added = after.filter((id) => !before.includes(id)).length
    const removed = before.filter((id) => !after.includes(id)).length
    const parts = [
      added > 0 ? tp.trail.demandsAdded(added) : null,
      removed > 0 ? tp.trail.demandsRemoved(removed) : null,
      tp.trail.demandsTotal(after.length),
    ].filter((part): part is string => part !== null)
    return `${fieldLabel.demandIds}：${parts.join('，')}`
  }
  return tp.item.changed(
    fieldLabel[change.field],
    valueText(change.field, change.before, names),
    valueText(change.field, change.after, names),
  )
}

export type EntryText = {
  /** What the entry says, one sentence each. */
  lines: string[]
  /** Field by field, for edits and an approved extension. */
  changes: string[]
  /** The note, with its heading where the kind gives it one (修改原因, 原因, 审批意见). */
  note: string | null
}

const after = (update: Update, field: TrailField) => update.changes?.find((change) => change.field === field)?.after

function createdLine(update: Update): string {
  const text = (field: TrailField) => {
    const value = after(update, field)
    return typeof value === 'string' ? value : t.list.none
  }
  const deadline = after(update, 'deadline')
  return tp.trail.created(
    text('code'),
    typeof deadline === 'string' ? formatDate(deadline) : t.list.none,
    text('owner'),
  )
}

function statusLines(update: Update): string[] {
  if (!update.fromStatus || !update.toStatus) return []
  const from = t.status[update.fromStatus]
  const to = t.status[update.toStatus]
  if (update.kind === 'satisfaction') return [tp.trail.surveyBelowBar]
  if (update.fromStatus === 'closed') return [tp.trail.reopened(from, to)]
  return [tp.item.statusChange(from, to)]
}

function kindLines(update: Update): string[] {
  switch (update.kind) {
    case 'progress':
      return update.progress !== undefined ? [tp.item.progressTo(update.progress)] : []
    case 'urge':
      return update.replyBy ? [tp.item.replyBy(formatDate(update.replyBy))] : []
    case 'inspection':
      return update.visitedOn ? [tp.item.visitedOn(formatDate(update.visitedOn))] : []
    case 'satisfaction': {
      if (update.surveyed === undefined) return []
      const result = tp.item.satisfaction(update.satisfied ?? 0, update.surveyed)
      return update.method ? [result, tp.item.method(tp.satisfactionMethod[update.method])] : [result]
    }
    case 'extension':
      return update.deadline ? [tp.trail.extensionAsked(formatDate(update.deadline))] : []
    case 'extension_decision':
      if (update.approved) return [tp.trail.extensionApproved(update.deadline ? formatDate(update.deadline) : '')]
      return [
        update.deadline ? tp.trail.extensionRefused(formatDate(update.deadline)) : tp.trail.extensionRefusedNoDate,
      ]
    default:
      return []
  }
}

function noteText(update: Update): string | null {
  const note = update.note.trim()
  if (!note) return null
  switch (update.kind) {
    case 'edit':
      return tp.trail.editReason(note)
    case 'extension':
      return tp.trail.extensionReason(note)
    case 'extension_decision':
      return tp.trail.decisionReason(note)
    case 'status':
      return update.fromStatus === 'closed' ? tp.trail.reopenReason(note) : note
    default:
      return note
  }
}

/** An entry of the trail in words (see EntryText). */
export function entryText(update: Update, names: TrailNames): EntryText {
  if (update.kind === 'created') return { lines: [createdLine(update)], changes: [], note: noteText(update) }
  return {
    lines: [...kindLines(update), ...statusLines(update)],
    changes: (update.changes ?? []).map((change) => changeText(change, names)),
    note: noteText(update),
  }
}
