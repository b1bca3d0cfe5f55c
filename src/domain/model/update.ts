import { z } from 'zod'
import { IdSchema, InstantSchema, IsoDateSchema } from './common'
import { ItemStatusSchema, UpdateKindSchema } from './item'
import { RoleSchema } from './user'

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
    progress: z.number().int().min(0).max(100).optional(),
    fromStatus: ItemStatusSchema.optional(),
    toStatus: ItemStatusSchema.optional(),
    replyBy: IsoDateSchema.optional(),
    visitedOn: IsoDateSchema.optional(),
    surveyed: z.number().int().min(1).optional(),
    satisfied: z.number().int().min(0).optional(),
    method: SatisfactionMethodSchema.optional(),
  })
  .meta({ id: 'Update', description: 'A dated entry on an item. Append-only: there is no edit or delete.' })
export type Update = z.infer<typeof UpdateSchema>

const note = z.string().trim().min(1, '请填写说明').max(2000, '说明不超过 2000 字')
const version = z.number().int().min(1).optional().meta({ description: 'The item version the author saw; stale → 409.' })

export const UpdateDraftSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('progress'), progress: z.number({ message: '请填写进度' }).int('进度应为整数').min(0, '进度不能小于 0').max(100, '进度不能超过 100'), note, version }),
    z.object({ kind: z.literal('status'), toStatus: ItemStatusSchema, note, version }),
    z.object({ kind: z.literal('inspection'), note, visitedOn: IsoDateSchema, version }),
    z.object({ kind: z.literal('urge'), note, replyBy: IsoDateSchema, version }),
    z.object({ kind: z.literal('reply'), note, version }),
    z.object({ kind: z.literal('instruction'), note, version }),
    z.object({
      kind: z.literal('satisfaction'),
      note: z.string().trim().max(2000).default(''),
      surveyed: z.number({ message: '请填写回访人数' }).int().min(1, '回访人数至少 1 人'),
      satisfied: z.number({ message: '请填写满意人数' }).int().min(0, '满意人数不能小于 0'),
      method: SatisfactionMethodSchema,
      version,
    }),
  ])
  .refine((draft) => draft.kind !== 'satisfaction' || draft.satisfied <= draft.surveyed, {
    message: '满意人数不能超过回访人数',
    path: ['satisfied'],
  })
  .meta({ id: 'UpdateDraft', description: 'Body of POST /api/items/{id}/updates.' })
export type UpdateDraft = z.infer<typeof UpdateDraftSchema>
