import type { CategoryId } from './campaign-definition'

/** A hand-written item of the 8 or N list: the ledger entry and what its history and demands say. */
export type ListItemDefinition = {
  title: string
  unitId: string
  category: CategoryId
  leadLeader: string | null
  content: string
  beneficiaries: string
  /** What the notes call the work, e.g. 停车场建设. */
  object: string
  /** Progress notes, oldest first: one progress update each. */
  steps: readonly string[]
  /** The completion reply (办结回复), for items that are done. */
  doneNote: string
  /** What workers said, in their words: the texts of the demands behind the item. */
  voices: readonly string[]
  /** Leaders' instructions (批示) on the item. */
  instructions: readonly string[]
}
