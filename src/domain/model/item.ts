import { z } from 'zod'
import { IdSchema, InstantSchema, IsoDateSchema } from './common'

export const itemStatuses = ['planned', 'in_progress', 'done', 'closed'] as const
export const ItemStatusSchema = z
  .enum(itemStatuses)
  .meta({ description: 'planned → in_progress → done → closed (struck off, 事结销号). A supervisor may move an item back from done.' })
export type ItemStatus = z.infer<typeof ItemStatusSchema>

export const lights = ['red', 'yellow', 'green', 'none'] as const
export const LightSchema = z.enum(lights).meta({
  description: [
    'Computed by the backend on every read from the deadline, the progress and the owner’s last activity — the last progress, status or reply update (src/domain/light.ts):',
    '`none` when status is done or closed;',
    '`red` when the deadline has passed, or progress trails the time-proportional schedule by more than 30 points,',
    'or nothing was reported for more than 30 days;',
    '`yellow` when progress trails the schedule by more than 15 points, or nothing was reported for more than 14 days,',
    'or the deadline is 14 days away or less with progress under 80;',
    '`green` otherwise. Schedule: expected progress = 100 × (today − created) ÷ (deadline − created).',
  ].join(' '),
})
export type Light = z.infer<typeof LightSchema>

export const updateKinds = ['progress', 'status', 'inspection', 'urge', 'reply', 'instruction', 'satisfaction'] as const
export const UpdateKindSchema = z.enum(updateKinds)
export type UpdateKind = z.infer<typeof UpdateKindSchema>

export const UrgeStateSchema = z
  .object({
    count: z.number().int().min(0).meta({ description: 'All urges ever posted on the item.' }),
    open: z.number().int().min(0).meta({ description: 'Urges posted since the owner last replied.' }),
    replyBy: IsoDateSchema.nullable().meta({ description: 'The earliest reply-by date among open urges.' }),
    redList: z.boolean().meta({ description: 'Three or more open urges: the item is on the red list shown to leadership.' }),
  })
  .meta({ id: 'UrgeState' })
export type UrgeState = z.infer<typeof UrgeStateSchema>

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
    leadLeader: z.string().nullable(),
    owner: z.string(),
    ownerPhone: z.string().nullable().meta({ description: 'Personal data: never on the public board.' }),
    deadline: IsoDateSchema,
    status: ItemStatusSchema,
    progress: z.number().int().min(0).max(100),
    key: z.boolean(),
    light: LightSchema,
    demandIds: z.array(IdSchema),
    completionNote: z.string().nullable().meta({ description: 'The completion reply (办结回复), set when the item is marked done.' }),
    createdAt: InstantSchema,
    updatedAt: InstantSchema,
    version: z.number().int().min(1),
    lastUpdate: z
      .object({ at: InstantSchema, kind: UpdateKindSchema, note: z.string() })
      .nullable()
      .meta({ description: 'The newest update on the item, for ledgers and cards.' }),
    urge: UrgeStateSchema,
  })
  .meta({ id: 'Item' })
export type Item = z.infer<typeof ItemSchema>

const title = z.string().trim().min(2, '项目名称至少 2 个字').max(80, '项目名称不超过 80 个字')
const content = z.string().trim().min(1, '请填写项目内容').max(2000, '项目内容不超过 2000 字')
const beneficiaries = z.string().trim().min(1, '请填写服务对象').max(200, '服务对象不超过 200 字')
const person = z.string().trim().min(1, '请填写责任人').max(40, '姓名不超过 40 字')
const phone = z
  .string()
  .trim()
  .regex(/^[0-9+\-\s]{5,20}$/, '电话号码格式不正确')
  .nullable()

export const ItemDraftSchema = z
  .object({
    listId: IdSchema,
    title,
    content,
    beneficiaries,
    category: z.string().min(1, '请选择类别'),
    unitId: IdSchema,
    leadLeader: z.string().trim().max(40, '姓名不超过 40 字').nullable().optional(),
    owner: person,
    ownerPhone: phone.optional(),
    deadline: IsoDateSchema,
    key: z.boolean().optional(),
    demandIds: z.array(IdSchema).max(50).optional(),
  })
  .meta({ id: 'ItemDraft', description: 'Body of POST /api/items.' })
export type ItemDraft = z.infer<typeof ItemDraftSchema>

export const ItemPatchSchema = z
  .strictObject(
    {
    version: z.number().int().min(1),
    title: title.optional(),
    content: content.optional(),
    beneficiaries: beneficiaries.optional(),
    category: z.string().min(1, '请选择类别').optional(),
    leadLeader: z.string().trim().max(40).nullable().optional(),
    owner: person.optional(),
    ownerPhone: phone.optional(),
    deadline: IsoDateSchema.optional(),
    key: z.boolean().optional(),
    demandIds: z.array(IdSchema).max(50).optional(),
    },
    { error: (issue) => (issue.code === 'unrecognized_keys' ? '进度和状态请通过“提交进展”更新，不能直接修改' : undefined) },
  )
  .meta({
    id: 'ItemPatch',
    description: 'Body of PATCH /api/items/{id}. Progress and status change only through posted updates, so that the history stays complete.',
  })
export type ItemPatch = z.infer<typeof ItemPatchSchema>

export const editableItemFields = ['title', 'content', 'beneficiaries', 'category', 'leadLeader', 'owner', 'ownerPhone', 'deadline', 'demandIds'] as const
