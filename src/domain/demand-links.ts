import type { Demand } from './model/demand'

// The two sides of the demand ↔ item link move together: `item.demandIds` and `demand.itemId`.
// These say what happens to the demand; a backend keeps the item's list in step.

/** A demand now behind an item: a new one counts as adopted. */
export function linkedDemand(demand: Demand, itemId: string, at: string): Demand {
  return { ...demand, itemId, status: demand.status === 'new' ? 'adopted' : demand.status, updatedAt: at }
}

/** A demand no longer behind its item: an adopted one goes back to new. */
export function unlinkedDemand(demand: Demand, at: string): Demand {
  return { ...demand, itemId: null, status: demand.status === 'adopted' ? 'new' : demand.status, updatedAt: at }
}

/** The item's side: with `replace` exactly the wanted demands, else the wanted ones added after those it has. */
export function itemDemandIds(current: readonly string[], wanted: Iterable<string>, replace: boolean): string[] {
  return replace ? [...new Set(wanted)] : [...new Set([...current, ...wanted])]
}
