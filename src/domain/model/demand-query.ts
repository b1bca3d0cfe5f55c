import { z } from 'zod/mini'
import { IdSchema, TextSchema } from './common'
import { DemandChannelSchema, DemandStatusSchema } from './demand'
import { textLimits } from './text-limits'

/**
 * Stages of the demand funnel past collection (src/domain/demand-stage.ts): `adopted` demands feed an item,
 * `done` ones an item that is finished (done or struck off), `closed` ones an item that is struck off.
 */
export const demandStages = ['adopted', 'done', 'closed'] as const
export const DemandStageSchema = z.enum(demandStages)
export type DemandStage = z.infer<typeof DemandStageSchema>

/** Query string of GET /api/demands (newest first). Unknown names or values → 400. */
export const DemandQuerySchema = z.strictObject({
  channel: z.optional(DemandChannelSchema),
  unit: z.optional(IdSchema),
  status: z.optional(DemandStatusSchema),
  item: z.optional(IdSchema),
  stage: z.optional(DemandStageSchema),
  q: z.optional(TextSchema.check(z.trim(), z.maxLength(textLimits.search))),
  page: z._default(z.coerce.number().check(z.int(), z.minimum(1)), 1),
  pageSize: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(500)), 100),
})
export type DemandQuery = z.infer<typeof DemandQuerySchema>
export type DemandFilters = Partial<DemandQuery>

/** Query string of GET /api/stats/demands: the list's filters without paging. */
export const DemandCountQuerySchema = z.strictObject({
  channel: z.optional(DemandChannelSchema),
  unit: z.optional(IdSchema),
  status: z.optional(DemandStatusSchema),
  item: z.optional(IdSchema),
  stage: z.optional(DemandStageSchema),
  q: z.optional(TextSchema.check(z.trim(), z.maxLength(textLimits.search))),
})
export type DemandCountFilters = Partial<z.infer<typeof DemandCountQuerySchema>>
