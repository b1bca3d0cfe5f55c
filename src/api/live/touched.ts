import type { QueryKey } from '@tanstack/react-query'
import type { LiveChange } from '@/contract/live'
import { accountKeys } from '../accounts'
import { campaignKeys } from '../campaign'
import { demandKeys } from '../demands'
import { itemKeys } from '../items'
import { publicBoardKeys } from '../public-board'
import { receiptKeys } from '../public-demands'
import { statsKeys } from '../stats'
import { supervisionKeys } from '../supervision'
import { userKeys } from '../users'

// Which cached queries a batch of live changes makes stale, by the first element of their keys (src/api/*
// `…Keys`). Invalidating marks them all stale; React Query refetches only those on screen.

type Root = string

const itemRoots: readonly Root[] = [statsKeys.all[0], supervisionKeys.all[0], publicBoardKeys.all[0]]
const demandRoots: readonly Root[] = [demandKeys.all[0], statsKeys.all[0], receiptKeys.all[0]]
// A list's satisfaction bar changes which items may be struck off, so item views and counts go too.
const campaignRoots: readonly Root[] = [campaignKeys.all[0], itemKeys.all[0], ...itemRoots]
const userRoots: readonly Root[] = [userKeys.all[0], accountKeys.all[0]]

/**
 * A predicate over query keys for everything `changes` touched; null when everything is (the org tree
 * changed: unit names are in every view).
 */
export function touchedBy(changes: readonly LiveChange[]): ((queryKey: QueryKey) => boolean) | null {
  const roots = new Set<Root>()
  const items = new Set<string>()
  for (const change of changes) {
    if (change.units) return null
    for (const id of change.items) items.add(id)
    if (change.items.length > 0) for (const root of itemRoots) roots.add(root)
    if (change.demands.length > 0) for (const root of demandRoots) roots.add(root)
    if (change.campaign) for (const root of campaignRoots) roots.add(root)
    if (change.users) for (const root of userRoots) roots.add(root)
  }
  const [itemsRoot] = itemKeys.all
  const [, detail] = itemKeys.details()
  return ([root, kind, id]) => {
    if (typeof root !== 'string') return false
    if (roots.has(root)) return true
    // Every item list, but only the details (and their updates) of the items written.
    if (root !== itemsRoot || items.size === 0) return false
    return kind !== detail || (typeof id === 'string' && items.has(id))
  }
}
