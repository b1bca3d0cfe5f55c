import { z } from 'zod'
import { IdSchema, IsoDateSchema } from './common'
import { DemandChannelSchema, DemandStatusSchema } from './demand'

export const LightCountsSchema = z.object({
  red: z.number().int().min(0),
  yellow: z.number().int().min(0),
  green: z.number().int().min(0),
})
export type LightCounts = z.infer<typeof LightCountsSchema>

const counts = {
  total: z.number().int().min(0),
  planned: z.number().int().min(0),
  inProgress: z.number().int().min(0),
  done: z.number().int().min(0).meta({ description: 'Finished work: status done or closed.' }),
  closed: z.number().int().min(0).meta({ description: 'The struck-off part of done.' }),
  keyTotal: z.number().int().min(0),
  keyDone: z.number().int().min(0),
  overdue: z.number().int().min(0),
  redListed: z.number().int().min(0).meta({ description: 'Items with three or more unanswered urges.' }),
  lights: LightCountsSchema,
  surveyed: z.number().int().min(0),
  satisfied: z.number().int().min(0),
}

export const ListStatsSchema = z.object({ listId: IdSchema, ...counts }).meta({ id: 'ListStats' })
export type ListStats = z.infer<typeof ListStatsSchema>

export const DemandStatsSchema = z
  .object({
    total: z.number().int().min(0),
    byStatus: z.record(DemandStatusSchema, z.number().int().min(0)),
    byChannel: z.record(DemandChannelSchema, z.number().int().min(0)),
    linked: z.number().int().min(0).meta({ description: 'Adopted or answered demands that feed an item.' }),
    linkedDone: z.number().int().min(0).meta({ description: 'Demands whose item is done or closed.' }),
    linkedClosed: z.number().int().min(0).meta({ description: 'Demands whose item is struck off.' }),
  })
  .meta({ id: 'DemandStats' })
export type DemandStats = z.infer<typeof DemandStatsSchema>

export const SummarySchema = z
  .object({ asOf: IsoDateSchema, lists: z.array(ListStatsSchema), demands: DemandStatsSchema })
  .meta({ id: 'Summary' })
export type Summary = z.infer<typeof SummarySchema>

export const UnitStatsSchema = z.object({ unitId: IdSchema, ...counts }).meta({ id: 'UnitStats' })
export type UnitStats = z.infer<typeof UnitStatsSchema>

export const UnitStatsResponseSchema = z
  .object({ asOf: IsoDateSchema, listId: IdSchema.nullable(), units: z.array(UnitStatsSchema) })
  .meta({ id: 'UnitStatsResponse' })
export type UnitStatsResponse = z.infer<typeof UnitStatsResponseSchema>

export const TrendPointSchema = z.object({
  weekStart: IsoDateSchema,
  done: z.number().int().min(0).meta({ description: 'Cumulative items finished by the end of the week.' }),
  closed: z.number().int().min(0).meta({ description: 'Cumulative items struck off by the end of the week.' }),
  planned: z.number().int().min(0).meta({ description: 'Cumulative items due by the end of the week (the plan).' }),
})
export type TrendPoint = z.infer<typeof TrendPointSchema>

export const TrendSchema = z
  .object({ listId: IdSchema.nullable(), asOf: IsoDateSchema, weeks: z.array(TrendPointSchema) })
  .meta({ id: 'Trend' })
export type Trend = z.infer<typeof TrendSchema>
