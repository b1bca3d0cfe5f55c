import type { z } from 'zod/mini'
import { IsoDateSchema, InstantSchema } from '@/domain/model/common'
import { DemandDraftSchema, DemandPatchSchema } from '@/domain/model/demand'
import { ItemDraftSchema, ItemPatchSchema, ItemSchema } from '@/domain/model/item'
import { UpdateDraftSchema } from '@/domain/model/update'
import { item } from './fixtures'

/** The issues of a failed parse as path → message. */
function issuesOf(schema: z.ZodMiniType, input: unknown): Record<string, string> {
  const result = schema.safeParse(input)
  expect(result.success).toBe(false)
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]))
}

describe('ItemDraftSchema', () => {
  const good = {
    listId: 'dh',
    title: '职工食堂改造',
    content: '改造井口食堂',
    beneficiaries: '一线职工',
    category: 'housing',
    unitId: 'zhu',
    owner: '张三',
    ownerPhone: '0561-1234567',
    deadline: '2026-09-30',
  }

  it('accepts a sound draft and trims the text', () => {
    expect(ItemDraftSchema.parse({ ...good, title: '  职工食堂改造 ' }).title).toBe('职工食堂改造')
  })

  it.each<[string, Record<string, unknown>, string, string]>([
    ['a one-character title', { title: '改' }, 'title', '项目名称至少 2 个字'],
    ['a title of spaces', { title: '    ' }, 'title', '项目名称至少 2 个字'],
    ['an 81-character title', { title: '字'.repeat(81) }, 'title', '项目名称不超过 80 个字'],
    ['no content', { content: ' ' }, 'content', '请填写项目内容'],
    ['no beneficiaries', { beneficiaries: '' }, 'beneficiaries', '请填写服务对象'],
    ['no owner', { owner: ' ' }, 'owner', '请填写责任人'],
    ['a 41-character owner', { owner: '名'.repeat(41) }, 'owner', '姓名不超过 40 字'],
    ['a bad phone', { ownerPhone: '电话123' }, 'ownerPhone', '电话号码格式不正确'],
    ['no category', { category: '' }, 'category', '请选择类别'],
    ['an impossible deadline', { deadline: '2026-02-30' }, 'deadline', '日期格式应为 YYYY-MM-DD'],
    ['a deadline with a time', { deadline: '2026-09-30T00:00:00Z' }, 'deadline', '日期格式应为 YYYY-MM-DD'],
    ['a long lead leader', { leadLeader: '领'.repeat(41) }, 'leadLeader', '姓名不超过 40 字'],
  ])('rejects %s', (_label, change, path, message) => {
    expect(issuesOf(ItemDraftSchema, { ...good, ...change })).toEqual({ [path]: message })
  })

  it('a null phone and lead leader are fine', () => {
    expect(ItemDraftSchema.safeParse({ ...good, ownerPhone: null, leadLeader: null }).success).toBe(true)
  })

  it('reports every bad field', () => {
    expect(Object.keys(issuesOf(ItemDraftSchema, { ...good, title: '', owner: '', deadline: 'soon' })).sort()).toEqual([
      'deadline',
      'owner',
      'title',
    ])
  })
})

describe('ItemPatchSchema', () => {
  it('needs the version the author saw', () => {
    expect(Object.keys(issuesOf(ItemPatchSchema, { title: '新名称' }))).toEqual(['version'])
    expect(ItemPatchSchema.safeParse({ version: 2, title: '新名称' }).success).toBe(true)
  })

  it('checks the fields it carries with the same messages', () => {
    expect(issuesOf(ItemPatchSchema, { version: 2, title: 'x' })).toEqual({ title: '项目名称至少 2 个字' })
    expect(issuesOf(ItemPatchSchema, { version: 2, leadLeader: '领'.repeat(41) })).toEqual({
      leadLeader: '姓名不超过 40 字',
    })
  })
})

describe('ItemSchema', () => {
  it('accepts a served item', () => {
    expect(ItemSchema.safeParse(item()).success).toBe(true)
  })

  it.each<[string, Record<string, unknown>, string]>([
    ['progress over 100', { progress: 101 }, 'progress'],
    ['an unknown status', { status: 'archived' }, 'status'],
    ['an unknown light', { light: 'blue' }, 'light'],
    ['version 0', { version: 0 }, 'version'],
    ['an instant without offset', { createdAt: '2026-03-02 12:00' }, 'createdAt'],
  ])('rejects %s', (_label, change, path) => {
    expect(Object.keys(issuesOf(ItemSchema, { ...item(), ...change }))).toEqual([path])
  })
})

describe('UpdateDraftSchema', () => {
  it.each([
    { kind: 'progress', progress: 60, note: '完成主体施工' },
    { kind: 'status', toStatus: 'done', note: '已完工' },
    { kind: 'inspection', note: '现场查看', visitedOn: '2026-05-20' },
    { kind: 'urge', note: '请加快进度', replyBy: '2026-06-05' },
    { kind: 'reply', note: '已整改' },
    { kind: 'instruction', note: '抓紧办理' },
    { kind: 'satisfaction', surveyed: 20, satisfied: 20, method: 'phone' },
  ])('accepts a $kind update', (draft) => {
    expect(UpdateDraftSchema.safeParse(draft).success).toBe(true)
  })

  it.each<[string, Record<string, unknown>, string, string]>([
    ['progress missing', { kind: 'progress', note: '说明' }, 'progress', '请填写进度'],
    ['progress over 100', { kind: 'progress', progress: 101, note: '说明' }, 'progress', '进度不能超过 100'],
    ['progress under 0', { kind: 'progress', progress: -1, note: '说明' }, 'progress', '进度不能小于 0'],
    ['fractional progress', { kind: 'progress', progress: 50.5, note: '说明' }, 'progress', '进度应为整数'],
    ['a blank note', { kind: 'progress', progress: 50, note: '   ' }, 'note', '请填写说明'],
    ['a 2001-character note', { kind: 'reply', note: '字'.repeat(2001) }, 'note', '说明不超过 2000 字'],
    [
      'an urge without a valid reply-by',
      { kind: 'urge', note: '请加快', replyBy: '2026-06-31' },
      'replyBy',
      '日期格式应为 YYYY-MM-DD',
    ],
    [
      'nobody surveyed',
      { kind: 'satisfaction', surveyed: 0, satisfied: 0, method: 'survey' },
      'surveyed',
      '回访人数至少 1 人',
    ],
    ['surveyed missing', { kind: 'satisfaction', satisfied: 0, method: 'survey' }, 'surveyed', '请填写回访人数'],
    [
      'negative satisfied',
      { kind: 'satisfaction', surveyed: 3, satisfied: -1, method: 'survey' },
      'satisfied',
      '满意人数不能小于 0',
    ],
    [
      'satisfied > surveyed',
      { kind: 'satisfaction', surveyed: 10, satisfied: 11, method: 'survey' },
      'satisfied',
      '满意人数不能超过回访人数',
    ],
  ])('rejects %s', (_label, draft, path, message) => {
    expect(issuesOf(UpdateDraftSchema, draft)).toEqual({ [path]: message })
  })

  it('satisfied equal to surveyed is fine, and a satisfaction note defaults to empty', () => {
    const parsed = UpdateDraftSchema.parse({ kind: 'satisfaction', surveyed: 10, satisfied: 10, method: 'symposium' })
    expect(parsed).toMatchObject({ kind: 'satisfaction', note: '' })
  })

  it('an unknown kind or status is refused at its path', () => {
    expect(Object.keys(issuesOf(UpdateDraftSchema, { kind: 'comment', note: '说明' }))).toEqual(['kind'])
    expect(Object.keys(issuesOf(UpdateDraftSchema, { kind: 'status', toStatus: 'archived', note: '说明' }))).toEqual([
      'toStatus',
    ])
  })

  it('version, when sent, is a positive integer', () => {
    expect(Object.keys(issuesOf(UpdateDraftSchema, { kind: 'reply', note: '已整改', version: 0 }))).toEqual(['version'])
  })
})

describe('DemandDraftSchema', () => {
  const good = { channel: 'qr_form', unitId: 'zhu', text: '希望增加班车' }

  it('accepts a sound draft', () => {
    expect(DemandDraftSchema.safeParse(good).success).toBe(true)
    expect(
      DemandDraftSchema.safeParse({ ...good, anonymous: true, submitterName: null, submitterPhone: '13800000000' })
        .success,
    ).toBe(true)
  })

  it.each<[string, Record<string, unknown>, string, string]>([
    ['a text under 5 characters once trimmed', { text: '  班车少  ' }, 'text', '诉求内容至少 5 个字'],
    ['a text over 1000 characters', { text: '字'.repeat(1001) }, 'text', '诉求内容不超过 1000 字'],
    ['a bad phone', { submitterPhone: '123' }, 'submitterPhone', '电话号码格式不正确'],
    ['a long name', { submitterName: '名'.repeat(41) }, 'submitterName', '姓名不超过 40 字'],
  ])('rejects %s', (_label, change, path, message) => {
    expect(issuesOf(DemandDraftSchema, { ...good, ...change })).toEqual({ [path]: message })
  })

  it('an unknown channel is refused at its path', () => {
    expect(Object.keys(issuesOf(DemandDraftSchema, { ...good, channel: 'wechat' }))).toEqual(['channel'])
  })
})

describe('DemandPatchSchema', () => {
  it('a reply over 2000 characters', () => {
    expect(issuesOf(DemandPatchSchema, { reply: '字'.repeat(2001) })).toEqual({ reply: '回复不超过 2000 字' })
  })

  it('an unknown status', () => {
    expect(Object.keys(issuesOf(DemandPatchSchema, { status: 'closed' }))).toEqual(['status'])
  })
})

describe('dates and instants', () => {
  it.each(['2026-05-31', '2028-02-29'])('IsoDateSchema accepts %s', (value) => {
    expect(IsoDateSchema.safeParse(value).success).toBe(true)
  })

  it.each(['2026-02-30', '2026-5-31', '31/05/2026'])('IsoDateSchema rejects %s in Chinese', (value) => {
    expect(IsoDateSchema.safeParse(value).error?.issues[0]?.message).toBe('日期格式应为 YYYY-MM-DD')
  })

  it.each(['2026-05-31T04:00:00.000Z', '2026-05-31T12:00:00+08:00'])('InstantSchema accepts %s', (value) => {
    expect(InstantSchema.safeParse(value).success).toBe(true)
  })

  it.each(['2026-05-31', '2026-05-31T12:00:00', 'yesterday'])('InstantSchema rejects %s in Chinese', (value) => {
    expect(InstantSchema.safeParse(value).error?.issues[0]?.message).toBe('时间格式应为 ISO 8601')
  })
})
