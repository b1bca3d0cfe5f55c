import { z } from 'zod/mini'
import { ErrorBodySchema } from './errors'
import { ItemDraftSchema, ItemSchema } from './item'

// POST /api/items/batch: many new items in one request (the spreadsheet import). Each row is checked
// and answered on its own, exactly as POST /api/items would answer it; the request as a whole fails
// only when it cannot be read at all (401, 400 malformed JSON, 413 over the limits below).

export const itemBatchLimits = {
  /** Rows in one request; more → 413. A client sends a longer file in chunks of at most this many. */
  maxItems: 1000,
  /** Bytes of one request body; more → 413 (a draft is at most a few KB, so 1,000 rows fit in practice). */
  maxBodyBytes: 4 * 1024 * 1024,
} as const

export const ItemBatchSchema = z
  .object({
    items: z.array(ItemDraftSchema).check(z.maxLength(itemBatchLimits.maxItems)),
  })
  .register(z.globalRegistry, {
    id: 'ItemBatch',
    description:
      `Body of POST /api/items/batch: at most ${itemBatchLimits.maxItems} drafts. ` +
      'A row that does not match ItemDraft does not fail the request: it is answered in its own result with `validation` and `fields`.',
  })
export type ItemBatch = z.infer<typeof ItemBatchSchema>

/** What the backends read before checking each row on its own. */
export const ItemBatchEnvelopeSchema = z.object({
  items: z.array(z.unknown()),
})

const index = z
  .number()
  .check(z.int(), z.minimum(0))
  .register(z.globalRegistry, { description: 'Position of the draft in the request’s `items`.' })

export const ItemBatchResultSchema = z
  .object({
    results: z.array(
      z.union([z.object({ index, item: ItemSchema }), z.object({ index, error: ErrorBodySchema.shape.error })]),
    ),
  })
  .register(z.globalRegistry, {
    id: 'ItemBatchResult',
    description:
      'POST /api/items/batch: one result per draft, in request order: the item as created, or the error POST /api/items would have answered for it ' +
      '(`forbidden` for a unit or list the user may not add to, `validation` with `fields`). Nothing is left out.',
  })
export type ItemBatchResult = z.infer<typeof ItemBatchResultSchema>
export type ItemBatchRowResult = ItemBatchResult['results'][number]
