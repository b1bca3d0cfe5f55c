import { queryOptions, type QueryClient } from '@tanstack/react-query'
import type { BodyInputOf } from '@/contract/endpoint'
import * as contract from '@/contract/updates'
import { demandKeys } from './demands'
import { request } from './http'
import { itemKeys } from './items'
import { publicBoardKeys } from './public-board'
import { statsKeys } from './stats'
import { supervisionKeys } from './supervision'

/** The body as the caller writes it (defaults are filled in by the schema on the server). */
export type UpdateDraftInput = BodyInputOf<typeof contract.postItemUpdate>

/** The item's timeline, oldest first. */
export function listUpdates(itemId: string, signal?: AbortSignal) {
  return request(contract.listItemUpdates, { params: { id: itemId }, signal })
}

/** Appends an update; progress and status updates also change the item. Answers the new entry and the item as it now stands. */
export function postUpdate(itemId: string, draft: UpdateDraftInput) {
  return request(contract.postItemUpdate, { params: { id: itemId }, body: draft })
}

export const itemUpdatesQuery = (itemId: string) =>
  queryOptions({
    queryKey: itemKeys.updates(itemId),
    queryFn: ({ signal }) => listUpdates(itemId, signal),
  })

/**
 * After an item changed (an update posted, a field edited): the item, its timeline and every ledger
 * list; the statistics so the wall follows; the supervision queue; the demands a strike-off answers;
 * the public board.
 */
export function invalidateAfterItemChange(queryClient: QueryClient): Promise<unknown> {
  return Promise.all(
    [itemKeys.all, statsKeys.all, supervisionKeys.all, demandKeys.all, publicBoardKeys.all].map((queryKey) =>
      queryClient.invalidateQueries({ queryKey }),
    ),
  )
}
