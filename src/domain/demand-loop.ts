import type { Demand, DemandItem } from './model/demand'
import type { Item } from './model/item'
import type { Receipt } from './model/public-demand'
import type { Update } from './model/update'

// The closed loop from a worker's demand to the item behind it and back: which demand a merged one
// follows, what finishing an item answers, and what the worker may see by the receipt number.

type DemandLookup = (id: string) => Demand | undefined
export type ItemGlance = Pick<Item, 'id' | 'code' | 'title' | 'status' | 'progress'>

/** The demand a merged demand ended up in (following merges; the demand itself when not merged). */
export function followMerged(demand: Demand, lookup: DemandLookup): Demand {
  let current = demand
  const seen = new Set<string>([demand.id])
  while (current.status === 'merged' && current.mergedInto !== null) {
    const next = lookup(current.mergedInto)
    if (!next || seen.has(next.id)) break
    seen.add(next.id)
    current = next
  }
  return current
}

/** The item a demand feeds, directly or through the demand it was merged into. */
export function demandItemOf(
  demand: Demand,
  lookup: { demand: DemandLookup; item: (id: string) => ItemGlance | undefined },
): DemandItem | null {
  const lead = followMerged(demand, lookup.demand)
  if (lead.itemId === null || lead.status === 'rejected') return null
  const item = lookup.item(lead.itemId)
  return item ? { id: item.id, code: item.code, title: item.title, status: item.status, progress: item.progress } : null
}

/** Whether a linked demand still waits for its answer: new or adopted (an adoption reply is interim). */
const awaitsAnswer = (demand: Demand) => demand.status === 'new' || demand.status === 'adopted'

/**
 * Finishing an item (done, and again at strike-off) answers the demands behind it with the completion
 * note (办结说明, the 办结回复): each one still new or adopted becomes answered with the note as its
 * reply, so the worker reads it on the receipt. A demand already answered keeps its reply (a handler's
 * own answer is never overwritten), unless its reply is one of the item's `earlier` completion notes
 * (the loop's own answer before the item was reopened), which the new note replaces; rejected and
 * merged demands are left alone (a merged one follows the demand it joined). Returns the demands that
 * change.
 */
export function answerOnCompletion(
  demands: Iterable<Demand>,
  item: Pick<Item, 'id' | 'completionNote'>,
  at: string,
  earlier: readonly string[] = [],
): Demand[] {
  const reply = item.completionNote?.trim() || '该事项已办结销号。'
  const changed: Demand[] = []
  for (const demand of demands) {
    if (demand.itemId !== item.id) continue
    const stale = demand.status === 'answered' && demand.reply !== reply && earlier.includes(demand.reply ?? '')
    if (!awaitsAnswer(demand) && !stale) continue
    changed.push({ ...demand, status: 'answered', reply, updatedAt: at })
  }
  return changed
}

/** The completion notes an item's history has given (each marking done), trimmed as replies are. */
export function completionNotesOf(history: Iterable<Pick<Update, 'kind' | 'toStatus' | 'note'>>): string[] {
  const notes: string[] = []
  for (const update of history)
    if (update.kind === 'status' && update.toStatus === 'done' && update.note.trim()) notes.push(update.note.trim())
  return notes
}

/** Striking off answers what marking done has not (a demand linked since, or an item done before the rule). */
export const answerOnStrikeOff = answerOnCompletion

/** What the worker may see by the receipt number: status, answer, the item's status; nothing personal or internal. */
export function receiptOf(
  demand: Demand,
  lookup: { demand: DemandLookup; item: (id: string) => ItemGlance | undefined },
): Receipt {
  const lead = followMerged(demand, lookup.demand)
  const item = demandItemOf(demand, lookup)
  return {
    receipt: demand.receipt,
    unitId: demand.unitId,
    submittedAt: demand.submittedAt,
    status: lead.status,
    merged: lead.id !== demand.id,
    reply: lead.reply,
    updatedAt: Date.parse(lead.updatedAt) > Date.parse(demand.updatedAt) ? lead.updatedAt : demand.updatedAt,
    item: item ? { code: item.code, title: item.title, status: item.status, progress: item.progress } : null,
  }
}

/** A first title for an item adopted from a demand: its first sentence, at most `max` characters. */
export function itemTitleFrom(text: string, max = 30): string {
  const first =
    text
      .trim()
      .split(/[。！？!?\n]/u)[0]
      ?.trim() ?? ''
  const title = first || text.trim()
  return title.length > max ? `${title.slice(0, max - 1)}…` : title
}
