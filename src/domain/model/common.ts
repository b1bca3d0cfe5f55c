import { z } from 'zod'
import { isIsoDate } from '../dates'

export const IsoDateSchema = z
  .string()
  .refine(isIsoDate, { message: '日期格式应为 YYYY-MM-DD' })
  .meta({ format: 'date', description: 'A calendar date, YYYY-MM-DD (China time).' })

export const InstantSchema = z.iso.datetime({ offset: true, message: '时间格式应为 ISO 8601' })

export const IdSchema = z.string().min(1).max(64)

export const pageOf = <T extends z.ZodType>(entry: T) =>
  z.object({
    items: z.array(entry),
    total: z.number().int().min(0),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
  })

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number }
