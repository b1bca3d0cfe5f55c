import { allow, forbid, invalid, type Decision } from './decision'
import type { Demand } from './model/demand'
import type { Item } from './model/item'
import type { User } from './model/user'
import { canTriageDemand } from './permissions'
import { homeUnitOf, isUnitBound } from './roles'

// The two sides of the demand ↔ item link move together: `item.demandIds` and `demand.itemId`.
// These say what happens to the demand and who may change a link; a backend keeps the item's list in
// step, and every link change gives each item it touches a new version (a stale editor gets 409).

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

/** One end of a link: the item a demand leaves or joins. */
export type LinkEnd = Pick<Item, 'id' | 'code' | 'unitId'> & Partial<Pick<Item, 'status'>>

export type LinkChange = {
  /** The item the demand is linked to now; null when none. */
  from: LinkEnd | null
  /** The item it should be linked to; null to unlink. */
  to: LinkEnd | null
  /** The field the request named: `demandIds` on an item, `itemId` on a demand. */
  field: 'demandIds' | 'itemId'
  /**
   * Whether the request is about this demand (PATCH /demands/{id} choosing its item), so a move is
   * what was asked; an item's `demandIds` name the demand only from the new side.
   */
  explicit: boolean
}

/**
 * Who may change a demand's link. Supervision (supervisor, admin) links across units and may move a
 * demand from one item to another: naming it on the new item is the explicit act, and the item it
 * leaves gets a new version too. A secretary links only their unit's demands to their unit's items,
 * may drop any demand from their own item, never touches a link to another unit's item, and moves a
 * demand between two of their own items only on the demand itself (or by unlinking it first): an
 * item's `demandIds` never take a demand from another item silently.
 */
export function canRelinkDemand(user: User, demand: Pick<Demand, 'unitId'>, change: LinkChange): Decision {
  const { from, to, field } = change
  if ((from?.id ?? null) === (to?.id ?? null)) return allow
  const frozen = [from, to].find((end) => end?.status === 'closed')
  if (frozen) return invalid(`项目 ${frozen.code} 已销号，不能再调整关联的诉求`, field)
  if (!isUnitBound(user)) {
    const triage = canTriageDemand(user, demand)
    return triage.ok ? allow : triage
  }
  const home = homeUnitOf(user)
  if (to && to.unitId !== home) return forbid('只能把诉求关联到本单位的项目')
  if (to && demand.unitId !== home) return forbid('只能关联本单位的诉求')
  if (from && from.unitId !== home) return invalid(`该诉求已关联其他单位的项目 ${from.code}，只有督办组可以调整`, field)
  if (from && to && !change.explicit)
    return invalid(`诉求已关联项目 ${from.code}，请先从该项目解除关联再关联到本项目`, field)
  return allow
}
