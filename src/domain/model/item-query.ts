import { z } from 'zod/mini'
import { IdSchema, IsoDateSchema, TextSchema } from './common'
import { ItemStatusSchema, LightSchema } from './item'
import { textLimits } from './text-limits'

const csv = <T extends z.ZodMiniType<unknown, string>>(entry: T) =>
  z.pipe(
    z.pipe(
      z.string(),
      z.transform((value: string) =>
        value
          .split(',')
          .map((part) => part.trim())
          .filter(Boolean),
      ),
    ),
    z.array(entry).check(z.minLength(1)),
  )

const bool = z.pipe(
  z.enum(['true', 'false']),
  z.transform((value: 'true' | 'false') => value === 'true'),
)

export const itemSortFields = [
  'code',
  'title',
  'listId',
  'unitId',
  'deadline',
  'status',
  'progress',
  'light',
  'updatedAt',
  'owner',
  'leadLeader',
  'key',
  'lastUpdate',
] as const
export type ItemSortField = (typeof itemSortFields)[number]

/** Query string of GET /api/items, as strings arrive on the wire. Unknown values → 400. */
export const ItemQuerySchema = z.strictObject({
  list: z.optional(csv(IdSchema)),
  unit: z.optional(csv(IdSchema)),
  status: z.optional(csv(ItemStatusSchema)),
  light: z.optional(csv(LightSchema)),
  category: z.optional(csv(IdSchema)),
  key: z.optional(bool),
  overdue: z.optional(bool),
  redList: z.optional(bool),
  /** Items whose deadline an approved extension request moved. */
  extended: z.optional(bool),
  q: z.optional(TextSchema.check(z.trim(), z.maxLength(textLimits.search))),
  asOf: z.optional(IsoDateSchema),
  sort: z.optional(z.string().check(z.regex(new RegExp(`^-?(${itemSortFields.join('|')})$`), '未知的排序字段'))),
  page: z._default(z.coerce.number().check(z.int(), z.minimum(1)), 1),
  pageSize: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(500)), 50),
})
export type ItemQuery = z.infer<typeof ItemQuerySchema>
/** What a client passes: every filter optional, values already typed. */
export type ItemFilters = Partial<Omit<ItemQuery, 'page' | 'pageSize'>> & { page?: number; pageSize?: number }
