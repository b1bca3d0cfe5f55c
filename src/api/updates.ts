import { queryOptions, type QueryClient } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { pageOf } from '@/domain/model/common'
import { ItemSchema } from '@/domain/model/item'
import { UpdateSchema, type UpdateDraftSchema } from '@/domain/model/update'
import { demandKeys } from './demands'
import { http } from './http'
import { itemKeys } from './items'
import { publicBoardKeys } from './public-board'
import { statsKeys } from './stats'
import { supervisionKeys } from './supervision'

const UpdatePageSchema = pageOf(UpdateSchema)

/** What POST /api/items/{id}/updates answers: the new entry and the item as it now stands. */
export const PostedUpdateSchema = z.object({ update: UpdateSchema, item: ItemSchema })
export type PostedUpdate = z.infer<typeof PostedUpdateSchema>

/** The body as the caller writes it (defaults are filled in by the schema on the server). */
export type UpdateDraftInput = z.input<typeof UpdateDraftSchema>

const path = (itemId: string) => `/items/${encodeURIComponent(itemId)}/updates`

/** The item's timeline, oldest first. */
export function listUpdates(itemId: string, signal?: AbortSignal) {
  return http(path(itemId), UpdatePageSchema, { signal })
}

/** Appends an update; progress and status updates also change the item. */
export function postUpdate(itemId: string, draft: UpdateDraftInput) {
  return http(path(itemId), PostedUpdateSchema, { method: 'POST', body: draft })
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
