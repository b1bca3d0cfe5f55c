// Rankings as an office writes them (issue 28): equal figures share a place, written 并列第N, the next
// place counting everyone ahead (1, 并列2, 并列2, 4); and a list where nobody has finished anything is not
// ranked at all, since a table of units "tied first at 0 %" reads as praise for doing nothing.

/** Competition ranks ("1224"): each value's rank is 1 + how many values are strictly better (higher). */
export function competitionRanks(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => b - a)
  return values.map((value) => {
    // The first index holding a value not better than this one: how many are strictly better.
    let low = 0
    let high = sorted.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (sorted[middle]! > value) low = middle + 1
      else high = middle
    }
    return low + 1
  })
}

/**
 * Where a list's units stand: `ranked` when at least one finished an item; `noneDone` when items are
 * under way but none finished; `noProgress` when no unit has reported any progress (every item planned).
 */
export type RankingStanding = 'ranked' | 'noneDone' | 'noProgress'

export function rankingStanding(rows: readonly { done: number; inProgress: number }[]): RankingStanding {
  if (rows.some((row) => row.done > 0)) return 'ranked'
  return rows.some((row) => row.inProgress > 0) ? 'noneDone' : 'noProgress'
}

/** The words for a place and for a list that is not ranked, shared by the page, the text and the Word file. */
export const rankingWords = {
  place: (rank: number, tied: boolean) => (tied ? `并列第${rank}` : `第${rank}`),
  noneDone: '各单位均尚无完成项目，暂不排名',
  noProgress: '各单位均尚未报告进展，暂不排名',
} as const

/** What a list that is not ranked says instead of its places; null when it is ranked. */
export function standingPhrase(standing: RankingStanding): string | null {
  return standing === 'ranked' ? null : rankingWords[standing]
}
