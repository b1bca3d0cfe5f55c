import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { pageOf } from '@/domain/model/common'
import { ItemSchema } from '@/domain/model/item'
import { UpdateSchema, type UpdateDraftSchema } from '@/domain/model/update'
import { http } from './http'
import { itemKeys } from './items'

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
