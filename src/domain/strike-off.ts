import type { Item } from './model/item'
import type { SatisfactionBar } from './model/campaign'
import type { Update } from './model/update'
import { barText, meetsBar } from './satisfaction-bar'

export type StrikeOffBlocker = 'not_done' | 'progress' | 'completion_note' | 'satisfaction'

export function strikeOffBlockerText(blocker: StrikeOffBlocker, bar: SatisfactionBar): string {
  switch (blocker) {
    case 'not_done':
      return '项目尚未办结（状态须为“已办结”）'
    case 'progress':
      return '进度未达到 100%'
    case 'completion_note':
      return '缺少办结说明（办结回复）'
    case 'satisfaction':
      return `尚未记录达到销号标准的满意度回访（${barText(bar)}）`
  }
}

export type HistoryEntry = Pick<Update, 'kind'> &
  Partial<Pick<Update, 'toStatus' | 'surveyed' | 'satisfied' | 'authorId' | 'authorName'>>

/**
 * What still stands between an item and its strike-off (事结销号); empty when it may be struck off.
 * A satisfaction survey reaching the list's bar must come after the latest move to done: a survey of
 * work that was later sent back does not vouch for the work finished since.
 */
export function strikeOffBlockers(
  item: Pick<Item, 'status' | 'progress' | 'completionNote'>,
  updates: readonly HistoryEntry[],
  bar: SatisfactionBar,
): StrikeOffBlocker[] {
  const blockers: StrikeOffBlocker[] = []
  if (item.status !== 'done') blockers.push('not_done')
  if (item.progress < 100) blockers.push('progress')
  if (!item.completionNote?.trim()) blockers.push('completion_note')
  const lastDone = updates.findLastIndex((update) => update.toStatus === 'done')
  const surveys = updates.slice(lastDone + 1).filter((update) => update.kind === 'satisfaction')
  if (!surveys.some((survey) => meetsBar(survey, bar))) blockers.push('satisfaction')
  return blockers
}

/** Who reported the work done (the latest move to done): they may not also strike it off. */
export function completionReporter(updates: readonly HistoryEntry[]): Pick<Update, 'authorId' | 'authorName'> | null {
  const done = updates.findLast((update) => update.toStatus === 'done')
  return done?.authorId ? { authorId: done.authorId, authorName: done.authorName ?? '' } : null
}
