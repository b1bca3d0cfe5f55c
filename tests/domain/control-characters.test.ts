import { z } from 'zod/mini'
import { issueFields } from '@/domain/issue-fields'
import { controlCharacterMessage, hasControlCharacter, TextSchema } from '@/domain/model/common'
import { DemandDraftSchema, DemandPatchSchema } from '@/domain/model/demand'
import { DemandQuerySchema } from '@/domain/model/demand-query'
import { ItemDraftSchema, ItemPatchSchema } from '@/domain/model/item'
import { PublicDemandDraftSchema } from '@/domain/model/public-demand'
import { UpdateDraftSchema } from '@/domain/model/update'
import { SignInSchema } from '@/domain/model/user'

// Issue 23: every text the API accepts refuses control characters other than tab, newline and carriage return,
// with the field named (TextSchema in src/domain/model/common.ts).

const refused = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\u0008',
  '\u000b',
  '\u000c',
  '\u001b',
  '\u001f',
  '\u007f',
  '\u0085',
  '\u009f',
]

describe('hasControlCharacter', () => {
  it('finds C0 (but tab, newline, carriage return), DEL and C1', () => {
    for (const character of refused) expect(hasControlCharacter(`a${character}b`), JSON.stringify(character)).toBe(true)
  })

  it('lets tab, newline, carriage return and ordinary text through', () => {
    expect(hasControlCharacter('第一行\r\n\t第二行\n')).toBe(false)
    expect(hasControlCharacter('王建国 139-1234-1234 “引号” 😀 \u00a0')).toBe(false)
  })
})

describe('TextSchema', () => {
  it('refuses before trimming, so a leading or trailing control character is caught too', () => {
    const schema = TextSchema.check(z.trim())
    expect(schema.safeParse('\u000b文字').success).toBe(false)
    expect(schema.safeParse('文字\u000c').success).toBe(false)
    expect(schema.safeParse(' 文字\t').data).toBe('文字')
  })
})

describe('every text of the contract', () => {
  const fieldsOf = (schema: z.ZodMiniType, value: unknown) => {
    const result = schema.safeParse(value)
    expect(result.success).toBe(false)
    return issueFields(result.error!.issues)
  }
  const itemDraft = {
    listId: 'shuangbai',
    title: '井口热水供应',
    content: '增设热水供应点',
    beneficiaries: '井下职工',
    category: 'living',
    unitId: 'zhuzhuang',
    owner: '王建国',
    deadline: '2026-09-30',
  }
  const cases: [string, z.ZodMiniType, Record<string, unknown>, string][] = [
    ['item draft title', ItemDraftSchema, { ...itemDraft, title: '井口\u0000热水' }, 'title'],
    ['item draft content', ItemDraftSchema, { ...itemDraft, content: '增设\u0001' }, 'content'],
    ['item draft beneficiaries', ItemDraftSchema, { ...itemDraft, beneficiaries: '职工\u007f' }, 'beneficiaries'],
    ['item draft category', ItemDraftSchema, { ...itemDraft, category: 'living\u0000' }, 'category'],
    ['item draft owner', ItemDraftSchema, { ...itemDraft, owner: '王\u0000' }, 'owner'],
    ['item draft lead leader', ItemDraftSchema, { ...itemDraft, leadLeader: '李\u0000' }, 'leadLeader'],
    ['item draft unit', ItemDraftSchema, { ...itemDraft, unitId: 'zhu\u0000' }, 'unitId'],
    ['item patch reason', ItemPatchSchema, { version: 1, title: '新名称', reason: '原因\u0000' }, 'reason'],
    ['update note', UpdateDraftSchema, { kind: 'progress', progress: 10, note: '进展\u0000' }, 'note'],
    ['extension reason', UpdateDraftSchema, { kind: 'extension', deadline: '2026-12-31', note: '\u0000' }, 'note'],
    ['demand text', DemandDraftSchema, { channel: 'symposium', unitId: 'zhu', text: '希望增加\u0000班车' }, 'text'],
    [
      'demand phone',
      DemandDraftSchema,
      { channel: 'symposium', unitId: 'zhu', text: '希望增加班车', submitterPhone: '139\u0000' },
      'submitterPhone',
    ],
    ['demand reply', DemandPatchSchema, { reply: '已办\u0000' }, 'reply'],
    [
      'public demand name',
      PublicDemandDraftSchema,
      { unitId: 'zhu', text: '希望增加班车', submitterName: '王\u0000' },
      'submitterName',
    ],
    ['sign-in username', SignInSchema, { username: 'admin\u0000', password: 'x' }, 'username'],
    ['sign-in password', SignInSchema, { username: 'admin', password: 'x\u0000' }, 'password'],
    ['demand search', DemandQuerySchema, { q: '班车\u0000' }, 'q'],
  ]
  it.each(cases)('refuses a control character in the %s, naming the field', (_name, schema, value, field) => {
    const fields = fieldsOf(schema, value)
    expect(fields[field]).toBe(controlCharacterMessage)
  })
})
