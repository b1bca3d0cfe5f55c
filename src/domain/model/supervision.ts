import { z } from 'zod/mini'
import { IdSchema, pageOf } from './common'
import { ItemSchema } from './item'

/** Why an item is in the supervision queue, most urgent first (src/domain/supervision-queue.ts). */
export const queueReasons = ['red_list', 'reply_overdue', 'overdue', 'red', 'yellow', 'awaiting_strike_off'] as const
export const QueueReasonSchema = z.enum(queueReasons).register(z.globalRegistry, {
  description:
    '`red_list`: three or more unanswered urges; `reply_overdue`: an open urge past its reply-by date; `overdue`: past the deadline and not done; ' +
    '`red` / `yellow`: the light; `awaiting_strike_off`: done, not yet struck off.',
})
export type QueueReason = z.infer<typeof QueueReasonSchema>

export const QueueEntrySchema = z
  .object({ item: ItemSchema, reasons: z.array(QueueReasonSchema).check(z.minLength(1)) })
  .register(z.globalRegistry, {
    id: 'QueueEntry',
    description: 'An item that needs a supervisor, with every reason why, most urgent first.',
  })
export type QueueEntry = z.infer<typeof QueueEntrySchema>

const count = z.number().check(z.int(), z.minimum(0))

export const SupervisionQueueSchema = z
  .object({
    ...pageOf(QueueEntrySchema).shape,
    queued: z.number().check(z.int(), z.minimum(0)).register(z.globalRegistry, {
      description: 'Entries matching `list`, `unit` and `key` before `reason` is applied.',
    }),
    counts: z
      .object({
        red_list: count,
        reply_overdue: count,
        overdue: count,
        red: count,
        yellow: count,
        awaiting_strike_off: count,
      })
      .register(z.globalRegistry, {
        description: 'Items per reason among those matching `list`, `unit` and `key` (before `reason` is applied).',
      }),
  })
  .register(z.globalRegistry, {
    id: 'SupervisionQueue',
    description: 'GET /api/supervision/queue: one page of the queue, most urgent first, and the count per reason.',
  })
export type SupervisionQueue = z.infer<typeof SupervisionQueueSchema>

const bool = z.pipe(
  z.enum(['true', 'false']),
  z.transform((value: 'true' | 'false') => value === 'true'),
)

/** Query string of GET /api/supervision/queue. Unknown names or values → 400. */
export const SupervisionQuerySchema = z.strictObject({
  list: z.optional(IdSchema),
  unit: z.optional(IdSchema),
  key: z.optional(bool),
  reason: z.optional(QueueReasonSchema),
  page: z._default(z.coerce.number().check(z.int(), z.minimum(1)), 1),
  pageSize: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(500)), 50),
})
export type SupervisionQuery = z.infer<typeof SupervisionQuerySchema>
export type SupervisionFilters = Partial<Omit<SupervisionQuery, 'page' | 'pageSize'>> & {
  page?: number
  pageSize?: number
}
