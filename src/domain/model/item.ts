import { z } from 'zod/mini'
import { IdSchema, InstantSchema, IsoDateSchema, PersonNameSchema, PhoneSchema, TextSchema } from './common'
import { textLimits } from './text-limits'

export const itemStatuses = ['planned', 'in_progress', 'done', 'closed'] as const
export const ItemStatusSchema = z.enum(itemStatuses).register(z.globalRegistry, {
  description:
    'planned → in_progress → done → closed (struck off, 事结销号). A supervisor may move an item back from done.',
})
export type ItemStatus = z.infer<typeof ItemStatusSchema>

export const lights = ['red', 'yellow', 'green', 'none'] as const
export const LightSchema = z.enum(lights).register(z.globalRegistry, {
  description:
    'Computed by the backend on every read (src/domain/light.ts; the rule and its thresholds: x-rules.light).',
})
export type Light = z.infer<typeof LightSchema>

export const updateKinds = [
  'created',
  'edit',
  'progress',
  'status',
  'inspection',
  'urge',
  'reply',
  'instruction',
  'satisfaction',
  'extension',
  'extension_decision',
] as const
/** The kinds the backend writes itself; every other kind is posted (POST /items/{id}/updates). */
export const writtenKinds: readonly UpdateKind[] = ['created', 'edit']
export const postedKinds: readonly UpdateKind[] = updateKinds.filter((kind) => !writtenKinds.includes(kind))
export const UpdateKindSchema = z.enum(updateKinds).register(z.globalRegistry, {
  description:
    'created and edit are written by the backend (creation; field changes, key selection and demand links); the others are posted.',
})
export type UpdateKind = z.infer<typeof UpdateKindSchema>

export const UrgeStateSchema = z
  .object({
    count: z
      .number()
      .check(z.int(), z.minimum(0))
      .register(z.globalRegistry, { description: 'All urges ever posted on the item.' }),
    open: z
      .number()
      .check(z.int(), z.minimum(0))
      .register(z.globalRegistry, { description: 'Urges posted since the owner last replied.' }),
    replyBy: z
      .nullable(IsoDateSchema)
      .register(z.globalRegistry, { description: 'The earliest reply-by date among open urges.' }),
    missed: z.number().check(z.int(), z.minimum(0)).register(z.globalRegistry, {
      description: 'Open urges whose reply-by date has passed without a reply: what counts against the unit.',
    }),
    redList: z.boolean().register(z.globalRegistry, {
      description:
        'On the red list (红榜) shown to leadership: the rule and its thresholds are src/domain/red-list.ts.',
    }),
  })
  .register(z.globalRegistry, { id: 'UrgeState' })
export type UrgeState = z.infer<typeof UrgeStateSchema>

export const ExtensionStateSchema = z
  .object({
    approved: z
      .number()
      .check(z.int(), z.minimum(0))
      .register(z.globalRegistry, { description: 'Approved extension requests (申请延期) on the item.' }),
    pending: z
      .nullable(
        z.object({
          deadline: IsoDateSchema,
          reason: z.string(),
          requestedBy: z.string(),
          requestedById: IdSchema,
          at: InstantSchema,
        }),
      )
      .register(z.globalRegistry, { description: 'The request waiting for the supervision team, if any.' }),
  })
  .register(z.globalRegistry, { id: 'ExtensionState' })
export type ExtensionState = z.infer<typeof ExtensionStateSchema>

export const ItemSchema = z
  .object({
    id: IdSchema,
    code: z.string(),
    listId: IdSchema,
    title: z.string(),
    content: z.string(),
    beneficiaries: z.string(),
    category: IdSchema,
    unitId: IdSchema,
    leadLeader: z.nullable(z.string()),
    owner: z.string(),
    ownerPhone: z
      .nullable(z.string())
      .register(z.globalRegistry, { description: 'Personal data: never on the public board.' }),
    deadline: IsoDateSchema,
    status: ItemStatusSchema,
    progress: z.number().check(z.int(), z.minimum(0), z.maximum(100)),
    key: z.boolean(),
    light: LightSchema,
    demandIds: z.array(IdSchema),
    completionNote: z.nullable(z.string()).register(z.globalRegistry, {
      description: 'The completion reply (办结回复), set when the item is marked done.',
    }),
    createdAt: InstantSchema,
    updatedAt: InstantSchema,
    version: z.number().check(z.int(), z.minimum(1)),
    lastUpdate: z
      .nullable(z.object({ at: InstantSchema, kind: UpdateKindSchema, note: z.string() }))
      .register(z.globalRegistry, { description: 'The newest update on the item, for ledgers and cards.' }),
    urge: UrgeStateSchema,
    extension: ExtensionStateSchema,
  })
  .register(z.globalRegistry, { id: 'Item' })
export type Item = z.infer<typeof ItemSchema>

const { itemTitle, itemContent, personName, reason: reasonLimit } = textLimits
const title = TextSchema.check(
  z.trim(),
  z.minLength(itemTitle.min, `项目名称至少 ${itemTitle.min} 个字`),
  z.maxLength(itemTitle.max, `项目名称不超过 ${itemTitle.max} 个字`),
)
const content = TextSchema.check(
  z.trim(),
  z.minLength(1, '请填写项目内容'),
  z.maxLength(itemContent, `项目内容不超过 ${itemContent} 字`),
)
const beneficiaries = TextSchema.check(
  z.trim(),
  z.minLength(1, '请填写服务对象'),
  z.maxLength(textLimits.beneficiaries, `服务对象不超过 ${textLimits.beneficiaries} 字`),
)
const person = TextSchema.check(
  z.trim(),
  z.minLength(1, '请填写责任人'),
  z.maxLength(personName, `姓名不超过 ${personName} 字`),
)
const phone = z.nullable(PhoneSchema)

export const ItemDraftSchema = z
  .object({
    listId: IdSchema,
    title,
    content,
    beneficiaries,
    category: TextSchema.check(z.minLength(1, '请选择类别')),
    unitId: IdSchema,
    leadLeader: z.optional(z.nullable(PersonNameSchema)),
    owner: person,
    ownerPhone: z.optional(phone),
    deadline: IsoDateSchema,
    key: z.optional(z.boolean()),
    demandIds: z.optional(z.array(IdSchema).check(z.maxLength(50))),
  })
  .register(z.globalRegistry, { id: 'ItemDraft', description: 'Body of POST /api/items.' })
export type ItemDraft = z.infer<typeof ItemDraftSchema>

export const ItemPatchSchema = z
  .strictObject(
    {
      version: z.number().check(z.int(), z.minimum(1)),
      title: z.optional(title),
      content: z.optional(content),
      beneficiaries: z.optional(beneficiaries),
      category: z.optional(TextSchema.check(z.minLength(1, '请选择类别'))),
      leadLeader: z.optional(z.nullable(PersonNameSchema)),
      owner: z.optional(person),
      ownerPhone: z.optional(phone),
      deadline: z.optional(IsoDateSchema).register(z.globalRegistry, {
        description: 'Accepted only unchanged: a deadline moves through an approved extension request.',
      }),
      key: z.optional(z.boolean()),
      demandIds: z.optional(z.array(IdSchema).check(z.maxLength(50))),
      reason: z
        .optional(TextSchema.check(z.trim(), z.maxLength(reasonLimit, `原因不超过 ${reasonLimit} 字`)))
        .register(z.globalRegistry, {
          description: 'Why (修改原因): required when a content field changes; kept in the trail.',
        }),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys' ? '进度和状态请通过“提交进展”更新，不能直接修改' : undefined,
    },
  )
  .register(z.globalRegistry, {
    id: 'ItemPatch',
    description:
      'Body of PATCH /api/items/{id}. Progress and status change only through posted updates, so that the history stays complete.',
  })
export type ItemPatch = z.infer<typeof ItemPatchSchema>

export const editableItemFields = [
  'title',
  'content',
  'beneficiaries',
  'category',
  'leadLeader',
  'owner',
  'ownerPhone',
  'demandIds',
] as const
