import { z } from 'zod'
import { IdSchema, IsoDateSchema } from './common'
import { ItemStatusSchema, LightSchema } from './item'

const csv = <T extends z.ZodType<unknown, string>>(entry: T) =>
  z
    .string()
    .transform((value) => value.split(',').map((part) => part.trim()).filter(Boolean))
    .pipe(z.array(entry).min(1))

const bool = z.enum(['true', 'false']).transform((value) => value === 'true')

export const itemSortFields = ['code', 'title', 'listId', 'unitId', 'deadline', 'status', 'progress', 'light', 'updatedAt', 'owner', 'leadLeader', 'key', 'lastUpdate'] as const
export type ItemSortField = (typeof itemSortFields)[number]

/** Query string of GET /api/items, as strings arrive on the wire. Unknown values → 400. */
export const ItemQuerySchema = z
  .object({
    list: csv(IdSchema).optional(),
    unit: csv(IdSchema).optional(),
    status: csv(ItemStatusSchema).optional(),
    light: csv(LightSchema).optional(),
    category: csv(IdSchema).optional(),
    key: bool.optional(),
    overdue: bool.optional(),
    redList: bool.optional(),
    q: z.string().trim().max(100).optional(),
    asOf: IsoDateSchema.optional(),
    sort: z
      .string()
      .regex(new RegExp(`^-?(${itemSortFields.join('|')})$`), '未知的排序字段')
      .optional(),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(500).default(50),
  })
  .strict()
export type ItemQuery = z.infer<typeof ItemQuerySchema>
/** What a client passes: every filter optional, values already typed. */
export type ItemFilters = Partial<Omit<ItemQuery, 'page' | 'pageSize'>> & { page?: number; pageSize?: number }
