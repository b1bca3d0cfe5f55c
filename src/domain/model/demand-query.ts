import { z } from 'zod'
import { IdSchema } from './common'
import { DemandChannelSchema, DemandStatusSchema } from './demand'

/** Query string of GET /api/demands (newest first). Unknown names or values → 400. */
export const DemandQuerySchema = z
  .object({
    channel: DemandChannelSchema.optional(),
    unit: IdSchema.optional(),
    status: DemandStatusSchema.optional(),
    item: IdSchema.optional(),
    q: z.string().trim().max(100).optional(),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict()
export type DemandQuery = z.infer<typeof DemandQuerySchema>
export type DemandFilters = Partial<DemandQuery>
