import type { ItemStatus } from './model/item'

/** What each status is called, wherever a person reads it: the domain's messages and every page. */
export const statusText: Record<ItemStatus, string> = {
  planned: '未启动',
  in_progress: '推进中',
  done: '已办结',
  closed: '已销号',
}

const transitions: Record<ItemStatus, readonly ItemStatus[]> = {
  planned: ['in_progress'],
  in_progress: ['done'],
  done: ['closed', 'in_progress'],
  closed: ['in_progress'],
}

export function nextStatuses(from: ItemStatus): readonly ItemStatus[] {
  return transitions[from]
}

export function isTransition(from: ItemStatus, to: ItemStatus): boolean {
  return transitions[from].includes(to)
}

/** done or closed → in_progress: reopening finished work, which only supervision may do, with a reason. */
export function isReopening(from: ItemStatus, to: ItemStatus): boolean {
  return (from === 'done' || from === 'closed') && to === 'in_progress'
}

/** Finished work: done, or done and struck off. */
export function isFinished(status: ItemStatus): boolean {
  return status === 'done' || status === 'closed'
}

export const statusOrder: Record<ItemStatus, number> = { planned: 0, in_progress: 1, done: 2, closed: 3 }
