import { daysBetween, dateOf, type IsoDate } from './dates'
import type { Item, Light } from './model/item'
import { isFinished } from './status'

// The one traffic-light rule. Also written out in the OpenAPI document (Item.light).
export const lightRule = {
  redGap: 30,
  yellowGap: 15,
  redStaleDays: 30,
  yellowStaleDays: 14,
  dueSoonDays: 14,
  dueSoonProgress: 80,
} as const

export type LightInput = Pick<Item, 'status' | 'progress' | 'deadline' | 'createdAt'>

export function isOverdue(item: Pick<Item, 'status' | 'deadline'>, today: IsoDate): boolean {
  return !isFinished(item.status) && today > item.deadline
}

/** Progress the schedule expects by `today`, in proportion to the time elapsed from creation to deadline. */
export function expectedProgress(item: Pick<Item, 'deadline' | 'createdAt'>, today: IsoDate): number {
  const start = dateOf(item.createdAt)
  const span = Math.max(1, daysBetween(start, item.deadline))
  const elapsed = Math.min(1, Math.max(0, daysBetween(start, today) / span))
  return Math.round(elapsed * 100)
}

/**
 * @param lastActivity the date of the owner's last progress, status or reply update (history.ts activityKinds); null when none
 */
export function lightOf(item: LightInput, lastActivity: IsoDate | null, today: IsoDate): Light {
  if (isFinished(item.status)) return 'none'
  if (isOverdue(item, today)) return 'red'
  const gap = expectedProgress(item, today) - item.progress
  const staleDays = daysBetween(lastActivity ?? dateOf(item.createdAt), today)
  if (gap > lightRule.redGap || staleDays > lightRule.redStaleDays) return 'red'
  const dueSoon =
    daysBetween(today, item.deadline) <= lightRule.dueSoonDays && item.progress < lightRule.dueSoonProgress
  if (gap > lightRule.yellowGap || staleDays > lightRule.yellowStaleDays || dueSoon) return 'yellow'
  return 'green'
}

export const lightOrder: Record<Light, number> = { red: 0, yellow: 1, green: 2, none: 3 }
