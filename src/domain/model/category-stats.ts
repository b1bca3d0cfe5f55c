import { z } from 'zod/mini'
import { IdSchema, IsoDateSchema } from './common'
import { ListStatsSchema } from './stats'

// GET /api/stats/categories: the list's counts per item category (housing, canteens, commuting…),
// with the same counts as every other stats row.

export const CategoryStatsSchema = z
  .extend(z.omit(ListStatsSchema, { listId: true }), { categoryId: IdSchema })
  .register(z.globalRegistry, { id: 'CategoryStats' })

export type CategoryStats = z.infer<typeof CategoryStatsSchema>

export const CategoryStatsResponseSchema = z
  .object({ asOf: IsoDateSchema, listId: z.nullable(IdSchema), categories: z.array(CategoryStatsSchema) })
  .register(z.globalRegistry, { id: 'CategoryStatsResponse' })

export type CategoryStatsResponse = z.infer<typeof CategoryStatsResponseSchema>
