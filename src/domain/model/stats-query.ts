import { z } from 'zod/mini'
import { IdSchema, IsoDateSchema } from './common'

/** Query string of the /api/stats endpoints: `asOf` defaults to today; `list` narrows units and trend. */
export const StatsQuerySchema = z.strictObject({ asOf: z.optional(IsoDateSchema), list: z.optional(IdSchema) })
export type StatsQuery = z.infer<typeof StatsQuerySchema>
