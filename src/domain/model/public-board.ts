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

export const PublicBoardSchema = z
  .object({
    asOf: IsoDateSchema,
    campaign: z.object({ name: z.string(), lists: z.array(CampaignListSchema) }),
    units: z.array(z.object({ id: IdSchema, name: z.string(), kind: UnitKindSchema })),
    items: z.array(PublicItemSchema),
  })
  .register(z.globalRegistry, { id: 'PublicBoard' })
export type PublicBoard = z.infer<typeof PublicBoardSchema>
