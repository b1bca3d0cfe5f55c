// How the wall colours and words a set of items (a list, a unit): the completion bars by how much is done,
// a list's standing by its lights, and "no items" apart from "all done".

import { completionRate, healthOf, type Counts } from './stats'

/** The completion bars' colour bands: at least 80 % done is high, at least 50 % middle, below that low. */
export const completionBands = { high: 0.8, middle: 0.5 } as const

export type CompletionBand = 'high' | 'middle' | 'low'

/** The band of a completion rate (0–1); a set with no items is low (nothing done). */
export function completionBandOf(counts: Pick<Counts, 'total' | 'done'>): CompletionBand {
  const rate = completionRate(counts)
  if (rate >= completionBands.high) return 'high'
  if (rate >= completionBands.middle) return 'middle'
  return 'low'
}

/**
 * A set's standing on the wall: its light as a whole (healthOf), or `empty` when it has no items at all
 * (before the campaign began, a list not yet filled), which is not "all done".
 */
export function standingOf(
  counts: Pick<Counts, 'total' | 'lights' | 'overdue'>,
): ReturnType<typeof healthOf> | 'empty' {
  return counts.total === 0 ? 'empty' : healthOf(counts)
}
