import { z } from 'zod/mini'
import { IdSchema, InstantSchema, PersonNameSchema, PhoneSchema, TextSchema } from './common'
import { ItemStatusSchema } from './item'
import { textLimits } from './text-limits'

export const demandChannels = [
  'symposium',
  'reception_day',
  'echo_wall',
  'complaint_board',
  'talk_room',
  'qr_form',
  'questionnaire',
  'diary',
] as const
export const DemandChannelSchema = z.enum(demandChannels)
export type DemandChannel = z.infer<typeof DemandChannelSchema>

export const demandStatuses = ['new', 'adopted', 'answered', 'rejected', 'merged'] as const
export const DemandStatusSchema = z.enum(demandStatuses)
export type DemandStatus = z.infer<typeof DemandStatusSchema>

const personalData =
  'Personal data: never on the public board. Masked (王*国, 139****1234) for everyone but the supervision team and the secretary of the demand’s unit; null on an anonymous demand.'

/** The linked item at a glance, so a list of demands shows where each stands without a call per item. */
export const DemandItemSchema = z
  .object({
    id: IdSchema,
    code: z.string(),
    title: z.string(),
    status: ItemStatusSchema,
    progress: z.number().check(z.int(), z.minimum(0), z.maximum(100)),
  })
  .register(z.globalRegistry, { id: 'DemandItem' })
export type DemandItem = z.infer<typeof DemandItemSchema>

export const DemandSchema = z
  .object({
    id: IdSchema,
    receipt: z
      .string()
      .register(z.globalRegistry, { description: 'The number a worker gets back to look the demand up later.' }),
    channel: DemandChannelSchema,
    unitId: IdSchema,
    text: z.string(),
    submittedAt: InstantSchema,
    status: DemandStatusSchema,
    itemId: z.nullable(IdSchema),
    reply: z.nullable(z.string()),
    mergedInto: z.nullable(IdSchema),
    anonymous: z.boolean(),
    submitterName: z.nullable(z.string()).register(z.globalRegistry, { description: personalData }),
    submitterPhone: z.nullable(z.string()).register(z.globalRegistry, { description: personalData }),
    updatedAt: InstantSchema,
    item: z.optional(z.nullable(DemandItemSchema)).register(z.globalRegistry, {
      description:
        'The item of `itemId` (or, for a merged demand, of the demand it joined) as it is now; null when none. Sent by the backend, never stored. *Addition to CONTRACT.md: the demand pool shows each demand’s item status.*',
    }),
  })
  .register(z.globalRegistry, { id: 'Demand' })
export type Demand = z.infer<typeof DemandSchema>

export const DemandDraftSchema = z
  .object({
    channel: DemandChannelSchema,
    unitId: IdSchema,
    text: TextSchema.check(
      z.trim(),
      z.minLength(textLimits.demandText.min, `诉求内容至少 ${textLimits.demandText.min} 个字`),
      z.maxLength(textLimits.demandText.max, `诉求内容不超过 ${textLimits.demandText.max} 字`),
    ),
    anonymous: z.optional(z.boolean()),
    submitterName: z.optional(z.nullable(PersonNameSchema)),
    submitterPhone: z.optional(z.nullable(PhoneSchema)),
  })
  .register(z.globalRegistry, {
    id: 'DemandDraft',
    description: 'Body of POST /api/demands. A qr_form demand may be posted without a session.',
  })
export type DemandDraft = z.infer<typeof DemandDraftSchema>

export const DemandPatchSchema = z
  .object({
    status: z.optional(DemandStatusSchema),
    itemId: z.optional(z.nullable(IdSchema)),
    reply: z.optional(
      z.nullable(
        TextSchema.check(z.trim(), z.maxLength(textLimits.demandReply, `回复不超过 ${textLimits.demandReply} 字`)),
      ),
    ),
    mergedInto: z.optional(z.nullable(IdSchema)),
  })
  .register(z.globalRegistry, {
    id: 'DemandPatch',
    description: 'Body of PATCH /api/demands/{id}: triage (adopt, link, merge, reject, reply).',
  })
export type DemandPatch = z.infer<typeof DemandPatchSchema>
