import { isInStage } from './demand-stage'
import type { Demand } from './model/demand'
import type { DemandCountFilters } from './model/demand-query'
import type { ItemStatus } from './model/item'

// The meaning of the demand pool's query (GET /api/demands and GET /api/stats/demands), once.

/**
 * Whether a demand matches the filters: every given filter must hold; `q` looks in the text and the
 * receipt number, ignoring case; `stage` asks the funnel (src/domain/demand-stage.ts) with the status
 * of the demand's item (`itemStatusOf` answers null for no item or one that does not exist).
 */
export function demandMatcher(
  query: DemandCountFilters,
  itemStatusOf: (itemId: string | null) => ItemStatus | null,
): (demand: Demand) => boolean {
  const needle = query.q?.toLowerCase()
  return (d) =>
    (!query.channel || d.channel === query.channel) &&
    (!query.unit || d.unitId === query.unit) &&
    (!query.status || d.status === query.status) &&
    (!query.item || d.itemId === query.item) &&
    (!query.stage || isInStage(d, itemStatusOf(d.itemId), query.stage)) &&
    (!needle || d.text.toLowerCase().includes(needle) || d.receipt.toLowerCase().includes(needle))
}

/** The pool's order: newest submission first. */
export function newestFirst(a: Pick<Demand, 'submittedAt'>, b: Pick<Demand, 'submittedAt'>): number {
  return a.submittedAt < b.submittedAt ? 1 : a.submittedAt > b.submittedAt ? -1 : 0
}
