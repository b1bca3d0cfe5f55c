import { z } from 'zod/mini'
import { IdSchema, IsoDateSchema } from './common'
import { DemandChannelSchema } from './demand'

/** Query string of GET /api/stats/struck-off: the items struck off after `since` up to the end of `asOf`. */
export const StruckOffQuerySchema = z.strictObject({
  since: IsoDateSchema,
  asOf: z.optional(IsoDateSchema),
  unit: z.optional(IdSchema),
  list: z.optional(IdSchema),
})
export type StruckOffQuery = z.infer<typeof StruckOffQuerySchema>

/** A new schema on every call, so that each field may carry its own description. */
const count = () => z.number().check(z.int(), z.minimum(0))

export const StruckOffItemSchema = z
  .object({
    id: IdSchema,
    code: z.string(),
    title: z.string(),
    listId: IdSchema,
    unitId: IdSchema,
    key: z.boolean(),
    closedOn: IsoDateSchema,
    surveyed: count().register(z.globalRegistry, {
      description: 'People surveyed on the item up to `asOf` (satisfaction updates).',
    }),
    satisfied: count(),
  })
  .register(z.globalRegistry, { id: 'StruckOffItem' })
export type StruckOffItem = z.infer<typeof StruckOffItemSchema>

/** One channel's row of the briefing's demand table (the same figures as `BriefingDemands`, for one channel). */
export const BriefingDemandChannelSchema = z.object({
  channel: DemandChannelSchema,
  collected: count(),
  adopted: count(),
  answered: count(),
  rejected: count(),
})
export type BriefingDemandChannel = z.infer<typeof BriefingDemandChannelSchema>

/**
 * The demands (职工点单) of the briefing: filed by the end of `asOf` (of the unit when one is asked),
 * counted by their status now (a demand keeps no history) and the status their item had on `asOf`.
 */
export const BriefingDemandsSchema = z
  .object({
    collected: count().register(z.globalRegistry, { description: 'Demands filed by the end of `asOf`.' }),
    collectedSince: count().register(z.globalRegistry, {
      description: 'Of them, filed after `since` (since the last briefing).',
    }),
    adopted: count().register(z.globalRegistry, {
      description: 'Adopted into an item: adopted or answered and linked to an item (stage `adopted`).',
    }),
    adoptedDone: count().register(z.globalRegistry, {
      description: 'Of the adopted, those whose item was finished (done or struck off) on `asOf`.',
    }),
    answered: count().register(z.globalRegistry, {
      description: 'Answered: the reply went back to the worker (status `answered`, the closed loop).',
    }),
    rejected: count().register(z.globalRegistry, { description: 'Not adopted (status `rejected`).' }),
    rejectedWithReason: count().register(z.globalRegistry, {
      description: 'Of the rejected, those whose reply gives the worker a reason.',
    }),
    merged: count().register(z.globalRegistry, { description: 'Merged into another demand.' }),
    pending: count().register(z.globalRegistry, { description: 'Not yet triaged (status `new`).' }),
    channels: z.array(BriefingDemandChannelSchema).register(z.globalRegistry, {
      description: 'Every channel of the contract, in its order, with zeros where nothing came in.',
    }),
  })
  .register(z.globalRegistry, { id: 'BriefingDemands' })
export type BriefingDemands = z.infer<typeof BriefingDemandsSchema>

export const StruckOffResponseSchema = z
  .object({
    since: IsoDateSchema,
    asOf: IsoDateSchema,
    unitId: z.nullable(IdSchema),
    listId: z.nullable(IdSchema),
    items: z.array(StruckOffItemSchema),
    demands: BriefingDemandsSchema,
  })
  .register(z.globalRegistry, {
    id: 'StruckOffResponse',
    description:
      'GET /api/stats/struck-off: each item struck off after `since` up to the end of `asOf`, with the day (`closedOn`, China time) of its strike-off; oldest first; and the demand figures of the period (`demands`, of the unit when one is asked; `list` does not filter them).',
  })
export type StruckOffResponse = z.infer<typeof StruckOffResponseSchema>
