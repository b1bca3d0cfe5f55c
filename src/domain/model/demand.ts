import { z } from 'zod'
import { IdSchema, InstantSchema } from './common'

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

export const DemandSchema = z
  .object({
    id: IdSchema,
    receipt: z.string().meta({ description: 'The number a worker gets back to look the demand up later.' }),
    channel: DemandChannelSchema,
    unitId: IdSchema,
    text: z.string(),
    submittedAt: InstantSchema,
    status: DemandStatusSchema,
    itemId: IdSchema.nullable(),
    reply: z.string().nullable(),
    mergedInto: IdSchema.nullable(),
    anonymous: z.boolean(),
    submitterName: z.string().nullable().meta({ description: 'Personal data: never on the public board.' }),
    submitterPhone: z.string().nullable().meta({ description: 'Personal data: never on the public board.' }),
    updatedAt: InstantSchema,
  })
  .meta({ id: 'Demand' })
export type Demand = z.infer<typeof DemandSchema>

export const DemandDraftSchema = z
  .object({
    channel: DemandChannelSchema,
    unitId: IdSchema,
    text: z.string().trim().min(5, '诉求内容至少 5 个字').max(1000, '诉求内容不超过 1000 字'),
    anonymous: z.boolean().optional(),
    submitterName: z.string().trim().max(40, '姓名不超过 40 字').nullable().optional(),
    submitterPhone: z
      .string()
      .trim()
      .regex(/^[0-9+\-\s]{5,20}$/, '电话号码格式不正确')
      .nullable()
      .optional(),
  })
  .meta({ id: 'DemandDraft', description: 'Body of POST /api/demands. A qr_form demand may be posted without a session.' })
export type DemandDraft = z.infer<typeof DemandDraftSchema>

export const DemandPatchSchema = z
  .object({
    status: DemandStatusSchema.optional(),
    itemId: IdSchema.nullable().optional(),
    reply: z.string().trim().max(2000, '回复不超过 2000 字').nullable().optional(),
    mergedInto: IdSchema.nullable().optional(),
  })
  .meta({ id: 'DemandPatch', description: 'Body of PATCH /api/demands/{id}: triage (adopt, link, merge, reject, reply).' })
export type DemandPatch = z.infer<typeof DemandPatchSchema>
