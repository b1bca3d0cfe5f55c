import { z } from 'zod/mini'
import { IdSchema, IsoDateSchema } from './common'
import { UnitKindSchema } from './unit'

export const CampaignListSchema = z
  .object({
    id: IdSchema,
    name: z.string(),
    /** Short label for tiles and chips, e.g. 8件实事. */
    shortName: z.optional(z.string()),
    /** Prefix of the item codes in this list, e.g. SB for SB-001. */
    codePrefix: z.string().check(z.minLength(1), z.maxLength(8)),
    /** Which level owns the list's items: the group, its departments or the grassroots units. */
    level: UnitKindSchema,
    /** Planned number of items; null where the number is open (the N of 8+N). */
    target: z.nullable(z.number().check(z.int(), z.minimum(0))),
    /** How many items may be selected as key items (the 100 of 双百); null where there is no selection. */
    keyTarget: z.nullable(z.number().check(z.int(), z.minimum(0))),
  })
  .register(z.globalRegistry, { id: 'CampaignList' })
export type CampaignList = z.infer<typeof CampaignListSchema>

export const CategorySchema = z
  .object({ id: IdSchema, name: z.string() })
  .register(z.globalRegistry, { id: 'Category' })
export type Category = z.infer<typeof CategorySchema>

export const CampaignSchema = z
  .object({
    id: IdSchema,
    name: z.string(),
    startDate: IsoDateSchema,
    endDate: IsoDateSchema,
    lists: z.array(CampaignListSchema),
    categories: z.array(CategorySchema),
  })
  .register(z.globalRegistry, { id: 'Campaign' })
export type Campaign = z.infer<typeof CampaignSchema>
