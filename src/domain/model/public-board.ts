import { z } from 'zod/mini'
import { IdSchema, IsoDateSchema } from './common'
import { CampaignListSchema } from './campaign'
import { ItemStatusSchema, LightSchema } from './item'
import { UnitKindSchema } from './unit'

/** Only what may be shown to workers (公示): no personal data, notes, urges or instructions. */
export const PublicItemSchema = z
  .strictObject({
    id: IdSchema,
    code: z.string(),
    listId: IdSchema,
    title: z.string(),
    beneficiaries: z.string(),
    category: IdSchema,
    unitId: IdSchema,
    deadline: IsoDateSchema,
    status: ItemStatusSchema,
    progress: z.number().check(z.int(), z.minimum(0), z.maximum(100)),
    light: LightSchema,
    key: z.boolean(),
  })
  .register(z.globalRegistry, { id: 'PublicItem' })
export type PublicItem = z.infer<typeof PublicItemSchema>

/** Query string of GET /api/public/board: one unit's (or every) item, one page at a time. */
export const PublicBoardQuerySchema = z.strictObject({
  unit: z.optional(IdSchema),
  list: z.optional(IdSchema),
  page: z._default(z.coerce.number().check(z.int(), z.minimum(1)), 1),
  pageSize: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(200)), 50),
})
export type PublicBoardQuery = z.infer<typeof PublicBoardQuerySchema>

const count = () => z.number().check(z.int(), z.minimum(0))

/** Counts a worker may see: how many items, how many finished (done or struck off), how many struck off. */
export const PublicCountsSchema = z.strictObject({
  total: count(),
  done: count(),
  closed: count(),
  keyTotal: count(),
  keyDone: count(),
})
export type PublicCounts = z.infer<typeof PublicCountsSchema>

export const PublicBoardSchema = z
  .strictObject({
    asOf: IsoDateSchema,
    campaign: z.strictObject({ name: z.string(), lists: z.array(CampaignListSchema) }),
    units: z.array(z.strictObject({ id: IdSchema, name: z.string(), kind: UnitKindSchema })),
    unitId: z
      .nullable(IdSchema)
      .register(z.globalRegistry, { description: 'The unit asked for (`unit`), or null for every unit.' }),
    listId: z
      .nullable(IdSchema)
      .register(z.globalRegistry, { description: 'The list asked for (`list`), or null for every list.' }),
    lists: z.array(z.strictObject({ listId: IdSchema, ...PublicCountsSchema.shape })).register(z.globalRegistry, {
      description: 'Per list, in the campaign’s order: the counts of the unit asked for, or of every unit.',
    }),
    unitCounts: z.array(z.strictObject({ unitId: IdSchema, ...PublicCountsSchema.shape })).register(z.globalRegistry, {
      description: 'Per unit with items (of the list asked for, or of every list), in the order of `units`.',
    }),
    items: z.array(PublicItemSchema).register(z.globalRegistry, {
      description: 'One page of the items matching `unit` and `list`, by list then code.',
    }),
    total: count(),
    page: z.number().check(z.int(), z.minimum(1)),
    pageSize: z.number().check(z.int(), z.minimum(1)),
  })
  .register(z.globalRegistry, { id: 'PublicBoard' })
export type PublicBoard = z.infer<typeof PublicBoardSchema>
