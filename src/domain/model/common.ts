import { z } from 'zod/mini'
import { isIsoDate } from '../dates'
import { textLimits } from './text-limits'

// Every schema of the contract uses zod/mini: the same engine as classic zod, but tree-shakeable, so the
// app's first load carries only the validators it uses (docs/decisions/004-zod-mini.md).

export const IsoDateSchema = z
  .string()
  .check(z.refine(isIsoDate, { message: '日期格式应为 YYYY-MM-DD' }))
  .register(z.globalRegistry, { format: 'date', description: 'A calendar date, YYYY-MM-DD (China time).' })

export const InstantSchema = z.iso.datetime({ offset: true, message: '时间格式应为 ISO 8601' })

export const IdSchema = z.string().check(z.minLength(1), z.maxLength(64))

/** An optional person's name (an item's lead leader, a demand's submitter); an item's owner is required. */
export const PersonNameSchema = z
  .string()
  .check(z.trim(), z.maxLength(textLimits.personName, `姓名不超过 ${textLimits.personName} 字`))

/** A phone number as people type it (an item's owner, a demand's submitter): digits, +, - and spaces. */
export const PhoneSchema = z.string().check(z.trim(), z.regex(/^[0-9+\-\s]{5,20}$/, '电话号码格式不正确'))

export const pageOf = <T extends z.core.SomeType>(entry: T) =>
  z.object({
    items: z.array(entry),
    total: z.number().check(z.int(), z.minimum(0)),
    page: z.number().check(z.int(), z.minimum(1)),
    pageSize: z.number().check(z.int(), z.minimum(1)),
  })

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number }
