import { z } from 'zod'
import { IdSchema, IsoDateSchema } from './common'

/** Query string of the /api/stats endpoints: `asOf` defaults to today; `list` narrows units and trend. */
export const StatsQuerySchema = z.object({ asOf: IsoDateSchema.optional(), list: IdSchema.optional() }).strict()
export type StatsQuery = z.infer<typeof StatsQuerySchema>
