import { z } from 'zod/mini'
import { IdSchema } from './common'
import { DemandChannelSchema, DemandStatusSchema } from './demand'

/** Query string of GET /api/demands (newest first). Unknown names or values → 400. */
export const DemandQuerySchema = z.strictObject({
  channel: z.optional(DemandChannelSchema),
  unit: z.optional(IdSchema),
  status: z.optional(DemandStatusSchema),
  item: z.optional(IdSchema),
  q: z.optional(z.string().check(z.trim(), z.maxLength(100))),
  page: z._default(z.coerce.number().check(z.int(), z.minimum(1)), 1),
  pageSize: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(500)), 100),
})
export type DemandQuery = z.infer<typeof DemandQuerySchema>
export type DemandFilters = Partial<DemandQuery>
