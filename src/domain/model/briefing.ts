import { z } from 'zod/mini'
import { IdSchema, IsoDateSchema } from './common'

/** Query string of GET /api/stats/struck-off: the items struck off after `since` up to the end of `asOf`. */
export const StruckOffQuerySchema = z.strictObject({
  since: IsoDateSchema,
  asOf: z.optional(IsoDateSchema),
  unit: z.optional(IdSchema),
  list: z.optional(IdSchema),
})
export type StruckOffQuery = z.infer<typeof StruckOffQuerySchema>

/** A new schema on every call, so that each field may carry its own description. */
const count = () => z.number().check(z.int(), z.minimum(0))

export const StruckOffItemSchema = z
  .object({
    id: IdSchema,
    code: z.string(),
    title: z.string(),
    listId: IdSchema,
    unitId: IdSchema,
    key: z.boolean(),
    closedOn: IsoDateSchema,
    surveyed: count().register(z.globalRegistry, {
      description: 'People surveyed on the item up to `asOf` (satisfaction updates).',
    }),
    satisfied: count(),
  })
  .register(z.globalRegistry, { id: 'StruckOffItem' })
export type StruckOffItem = z.infer<typeof StruckOffItemSchema>

export const StruckOffResponseSchema = z
  .object({
    since: IsoDateSchema,
    asOf: IsoDateSchema,
    unitId: z.nullable(IdSchema),
    listId: z.nullable(IdSchema),
    items: z.array(StruckOffItemSchema),
  })
  .register(z.globalRegistry, {
    id: 'StruckOffResponse',
    description:
      'GET /api/stats/struck-off: each item struck off after `since` up to the end of `asOf`, with the day (`closedOn`, China time) of its strike-off; oldest first.',
  })
export type StruckOffResponse = z.infer<typeof StruckOffResponseSchema>
