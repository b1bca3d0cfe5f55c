import { z } from 'zod/mini'
import { IdSchema, IsoDateSchema } from './common'
import { DemandChannelSchema, DemandStatusSchema } from './demand'

/** A count: a whole number from 0. A new schema on every call, so that each field may carry its own description. */
const count = () => z.number().check(z.int(), z.minimum(0))
const described = (description: string) => count().register(z.globalRegistry, { description })

export const LightCountsSchema = z.object({
  red: count(),
  yellow: count(),
  green: count(),
})
export type LightCounts = z.infer<typeof LightCountsSchema>

const counts = {
  total: count(),
  planned: count(),
  inProgress: count(),
  done: described('Finished work: status done or closed.'),
  closed: described('The struck-off part of done.'),
  keyTotal: count(),
  keyDone: count(),
  overdue: count(),
  redListed: described('Items on the red list (Item.urge.redList) as of the date.'),
  extended: described('Items whose deadline an approved extension request (申请延期) had moved by the date.'),
  lights: LightCountsSchema,
  surveyed: count(),
  satisfied: count(),
}

export const ListStatsSchema = z.object({ listId: IdSchema, ...counts }).register(z.globalRegistry, { id: 'ListStats' })
export type ListStats = z.infer<typeof ListStatsSchema>

export const DemandStatsSchema = z
  .object({
    total: count(),
    byStatus: z.record(DemandStatusSchema, count()),
    byChannel: z.record(DemandChannelSchema, count()),
    linked: described('Adopted or answered demands that feed an item.'),
    linkedDone: described('Demands whose item is done or closed.'),
    linkedClosed: described('Demands whose item is struck off.'),
  })
  .register(z.globalRegistry, { id: 'DemandStats' })
export type DemandStats = z.infer<typeof DemandStatsSchema>

export const SummarySchema = z
  .object({ asOf: IsoDateSchema, lists: z.array(ListStatsSchema), demands: DemandStatsSchema })
  .register(z.globalRegistry, { id: 'Summary' })
export type Summary = z.infer<typeof SummarySchema>

export const UnitStatsSchema = z.object({ unitId: IdSchema, ...counts }).register(z.globalRegistry, { id: 'UnitStats' })
export type UnitStats = z.infer<typeof UnitStatsSchema>

export const UnitStatsResponseSchema = z
  .object({ asOf: IsoDateSchema, listId: z.nullable(IdSchema), units: z.array(UnitStatsSchema) })
  .register(z.globalRegistry, { id: 'UnitStatsResponse' })
export type UnitStatsResponse = z.infer<typeof UnitStatsResponseSchema>

export const TrendPointSchema = z.object({
  weekStart: IsoDateSchema,
  done: described('Cumulative items finished by the end of the week.'),
  closed: described('Cumulative items struck off by the end of the week.'),
  planned: described('Cumulative items due by the end of the week (the plan).'),
})
export type TrendPoint = z.infer<typeof TrendPointSchema>

export const TrendSchema = z
  .object({ listId: z.nullable(IdSchema), asOf: IsoDateSchema, weeks: z.array(TrendPointSchema) })
  .register(z.globalRegistry, { id: 'Trend' })
export type Trend = z.infer<typeof TrendSchema>
