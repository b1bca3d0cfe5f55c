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

/**
 * A control character other than tab, newline and carriage return (C0, DEL and C1). A NUL cannot be stored
 * in PostgreSQL's text, and none of them belongs in a ledger a person reads.
 */
// eslint-disable-next-line no-control-regex
const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/

/** Whether a text holds a control character the API refuses (tab, newline and carriage return pass). */
export function hasControlCharacter(value: string): boolean {
  return controlCharacter.test(value)
}

export const controlCharacterMessage = '不能包含控制字符'

/**
 * Every text the API accepts starts here (`TextSchema.check(…)`), so that the rule is written once: a control
 * character other than tab, newline and carriage return → 422 naming the field. It is checked before any trim.
 */
export const TextSchema = z
  .string()
  .check(z.refine((value) => !hasControlCharacter(value), { message: controlCharacterMessage }))

export const IdSchema = TextSchema.check(z.minLength(1), z.maxLength(64))

/** An optional person's name (an item's lead leader, a demand's submitter); an item's owner is required. */
export const PersonNameSchema = TextSchema.check(
  z.trim(),
  z.maxLength(textLimits.personName, `姓名不超过 ${textLimits.personName} 字`),
)

/** A phone number as people type it (an item's owner, a demand's submitter): digits, +, - and spaces. */
export const PhoneSchema = TextSchema.check(z.trim(), z.regex(/^[0-9+\-\s]{5,20}$/, '电话号码格式不正确'))

export const pageOf = <T extends z.core.SomeType>(entry: T) =>
  z.object({
    items: z.array(entry),
    total: z.number().check(z.int(), z.minimum(0)),
    page: z.number().check(z.int(), z.minimum(1)),
    pageSize: z.number().check(z.int(), z.minimum(1)),
  })

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number }
