import { z } from 'zod/mini'
import { IdSchema, InstantSchema, IsoDateSchema, TextSchema } from './common'
import { ItemStatusSchema, UpdateKindSchema } from './item'
import { textLimits } from './text-limits'
import { RoleSchema } from './user'

/** The item fields an entry of the trail may change (progress and status have fields of their own). */
export const trailFields = [
  'code',
  'listId',
  'unitId',
  'title',
  'content',
  'beneficiaries',
  'category',
  'leadLeader',
  'owner',
  'ownerPhone',
  'deadline',
  'key',
  'demandIds',
] as const
export type TrailField = (typeof trailFields)[number]

const FieldValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())])

export const FieldChangeSchema = z
  .object({ field: z.enum(trailFields), before: FieldValueSchema, after: FieldValueSchema })
  .register(z.globalRegistry, { id: 'FieldChange', description: 'One field of the item, before → after.' })
export type FieldChange = z.infer<typeof FieldChangeSchema>

export const satisfactionMethods = ['survey', 'phone', 'symposium'] as const
export const SatisfactionMethodSchema = z.enum(satisfactionMethods)
export type SatisfactionMethod = z.infer<typeof SatisfactionMethodSchema>

export const UpdateSchema = z
  .object({
    id: IdSchema,
    itemId: IdSchema,
    kind: UpdateKindSchema,
    at: InstantSchema,
    authorId: IdSchema,
    authorName: z.string(),
    authorRole: RoleSchema,
    note: z.string(),
    progress: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(100))),
    fromStatus: z.optional(ItemStatusSchema),
    toStatus: z.optional(ItemStatusSchema),
    replyBy: z.optional(IsoDateSchema),
    visitedOn: z.optional(IsoDateSchema),
    surveyed: z.optional(z.number().check(z.int(), z.minimum(1))),
    satisfied: z.optional(z.number().check(z.int(), z.minimum(0))),
    method: z.optional(SatisfactionMethodSchema),
    changes: z.optional(z.array(FieldChangeSchema)).register(z.globalRegistry, {
      description: 'created: every field (before null); edit and an approved extension: what changed.',
    }),
    deadline: z.optional(IsoDateSchema).register(z.globalRegistry, {
      description: 'extension: the date asked for; extension_decision: the date decided on.',
    }),
    approved: z.optional(z.boolean()).register(z.globalRegistry, { description: 'extension_decision only.' }),
  })
  .register(z.globalRegistry, {
    id: 'Update',
    description:
      "An entry of the item's trail. Append-only: there is no edit or delete; replayed from `created`, the trail gives the item.",
  })
export type Update = z.infer<typeof UpdateSchema>

const note = TextSchema.check(z.trim(), z.minLength(1, '请填写说明'), z.maxLength(2000, '说明不超过 2000 字'))
const reason = TextSchema.check(
  z.trim(),
  z.minLength(1, '请填写原因'),
  z.maxLength(textLimits.reason, `原因不超过 ${textLimits.reason} 字`),
)
const version = z
  .optional(z.number().check(z.int(), z.minimum(1)))
  .register(z.globalRegistry, { description: 'The item version the author saw; stale → 409.' })

export const UpdateDraftSchema = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('progress'),
      progress: z
        .number({ message: '请填写进度' })
        .check(z.int('进度应为整数'), z.minimum(0, '进度不能小于 0'), z.maximum(100, '进度不能超过 100')),
      note,
      version,
    }),
    z.object({ kind: z.literal('status'), toStatus: ItemStatusSchema, note, version }),
    z.object({ kind: z.literal('inspection'), note, visitedOn: IsoDateSchema, version }),
    z.object({ kind: z.literal('urge'), note, replyBy: IsoDateSchema, version }),
    z.object({ kind: z.literal('reply'), note, version }),
    z.object({ kind: z.literal('instruction'), note, version }),
    z.object({
      kind: z.literal('satisfaction'),
      note: z._default(TextSchema.check(z.trim(), z.maxLength(2000)), ''),
      surveyed: z.number({ message: '请填写回访人数' }).check(z.int(), z.minimum(1, '回访人数至少 1 人')),
      satisfied: z.number({ message: '请填写满意人数' }).check(z.int(), z.minimum(0, '满意人数不能小于 0')),
      method: SatisfactionMethodSchema,
      version,
    }),
    z.object({ kind: z.literal('extension'), deadline: IsoDateSchema, note: reason, version }),
    z.object({ kind: z.literal('extension_decision'), approved: z.boolean(), note: reason, version }),
  ])
  .check(
    z.refine((draft) => draft.kind !== 'satisfaction' || draft.satisfied <= draft.surveyed, {
      message: '满意人数不能超过回访人数',
      path: ['satisfied'],
    }),
  )
  .register(z.globalRegistry, { id: 'UpdateDraft', description: 'Body of POST /api/items/{id}/updates.' })
export type UpdateDraft = z.infer<typeof UpdateDraftSchema>
