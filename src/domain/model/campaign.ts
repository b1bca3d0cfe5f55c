import { z } from 'zod/mini'
import { IdSchema, IsoDateSchema } from './common'
import { UnitKindSchema } from './unit'

export const SatisfactionBarSchema = z
  .object({
    minPercent: z
      .number({ message: '请填写满意率标准' })
      .check(
        z.int('满意率标准应为整数'),
        z.minimum(0, '满意率标准应在 0–100% 之间'),
        z.maximum(100, '满意率标准应在 0–100% 之间'),
      ),
    minSurveyed: z
      .number({ message: '请填写回访人数标准' })
      .check(
        z.int('回访人数标准应为整数'),
        z.minimum(1, '回访人数标准至少 1 人'),
        z.maximum(100000, '回访人数标准过大'),
      ),
  })
  .register(z.globalRegistry, {
    id: 'SatisfactionBar',
    description:
      'What a satisfaction survey of a done item must reach for its strike-off: at least minSurveyed surveyed and minPercent % satisfied. Below it the item returns to in_progress.',
  })
export type SatisfactionBar = z.infer<typeof SatisfactionBarSchema>

export const CampaignListPatchSchema = z
  .strictObject({ satisfactionBar: SatisfactionBarSchema })
  .register(z.globalRegistry, { id: 'CampaignListPatch', description: 'Body of PATCH /api/campaign/lists/{id}.' })
export type CampaignListPatch = z.infer<typeof CampaignListPatchSchema>

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
    /** Set by an admin (PATCH /campaign/lists/{id}). */
    satisfactionBar: SatisfactionBarSchema,
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
