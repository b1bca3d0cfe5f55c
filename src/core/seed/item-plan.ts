// What the seed decides about an item before writing its history: when it was listed, where it
// stands today, and how much supervision it drew. The history is then written to match.

/** The light an item under way should show today, and why (see src/domain/light.ts). */
export type ActiveVariant =
  'green' | 'yellow-gap' | 'yellow-stale' | 'yellow-due' | 'red-overdue' | 'red-gap' | 'red-stale'

export type Fate =
  | { kind: 'planned' }
  | { kind: 'active'; variant: ActiveVariant; progress?: number; deadlineDay?: number }
  /** Finished on `doneDay`; struck off after a satisfaction survey when `closed`. */
  | { kind: 'done'; doneDay: number; closed: boolean; surveyed: boolean; reopened: boolean }

export type ItemPlan = {
  createdDay: number
  fate: Fate
  /** Urges the owner answered with a reply. */
  answeredUrges: number
  /** Urges still waiting for a reply today; 3 or more put the item on the red list. */
  openUrges: number
  inspections: number
  instructions: number
}
