import type { Item } from './model/item'
import type { Update } from './model/update'

export type StrikeOffBlocker = 'not_done' | 'progress' | 'completion_note' | 'satisfaction'

export const strikeOffBlockerText: Record<StrikeOffBlocker, string> = {
  not_done: '项目尚未办结（状态须为“已办结”）',
  progress: '进度未达到 100%',
  completion_note: '缺少办结说明（办结回复）',
  satisfaction: '尚未记录满意度回访结果',
}

export type HistoryEntry = Pick<Update, 'kind'> & Partial<Pick<Update, 'toStatus'>>

/**
 * What still stands between an item and its strike-off (事结销号); empty when it may be struck off.
 * The satisfaction follow-up must come after the latest move to done: a survey of work that was
 * later sent back does not vouch for the work finished since.
 */
export function strikeOffBlockers(
  item: Pick<Item, 'status' | 'progress' | 'completionNote'>,
  updates: readonly HistoryEntry[],
): StrikeOffBlocker[] {
  const blockers: StrikeOffBlocker[] = []
  if (item.status !== 'done') blockers.push('not_done')
  if (item.progress < 100) blockers.push('progress')
  if (!item.completionNote?.trim()) blockers.push('completion_note')
  const lastDone = updates.findLastIndex((update) => update.toStatus === 'done')
  if (!updates.slice(lastDone + 1).some((update) => update.kind === 'satisfaction')) blockers.push('satisfaction')
  return blockers
}

/** Whether the item's state allows its strike-off, whoever asks (the role: permissions.ts `canStrikeOff`). */
export function isReadyForStrikeOff(
  item: Pick<Item, 'status' | 'progress' | 'completionNote'>,
  updates: readonly HistoryEntry[],
): boolean {
  return strikeOffBlockers(item, updates).length === 0
}
