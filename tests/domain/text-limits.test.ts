import { DemandDraftSchema, DemandPatchSchema } from '@/domain/model/demand'
import { DemandQuerySchema } from '@/domain/model/demand-query'
import { ItemDraftSchema } from '@/domain/model/item'
import { ItemQuerySchema } from '@/domain/model/item-query'
import { textLimits } from '@/domain/model/text-limits'

// The limits the pages say (maxLength, the template's hints) are the ones the schemas check.

const draft = {
  listId: 'dh',
  title: '职工食堂改造',
  content: '改造井口食堂',
  beneficiaries: '一线职工',
  category: 'housing',
  unitId: 'zhu',
  owner: '张三',
  deadline: '2026-12-31',
}
const fits = (field: string, length: number) =>
  ItemDraftSchema.safeParse({ ...draft, [field]: '字'.repeat(length) }).success

describe('textLimits', () => {
  it.each([
    ['title', textLimits.itemTitle.max],
    ['content', textLimits.itemContent],
    ['beneficiaries', textLimits.beneficiaries],
    ['owner', textLimits.personName],
    ['leadLeader', textLimits.personName],
  ] as const)('an item’s %s takes %i characters, not one more', (field, max) => {
    expect(fits(field, max)).toBe(true)
    expect(fits(field, max + 1)).toBe(false)
  })

  it('an item’s title needs its minimum', () => {
    expect(fits('title', textLimits.itemTitle.min)).toBe(true)
    expect(fits('title', textLimits.itemTitle.min - 1)).toBe(false)
  })

  it('a demand’s text and reply and both searches stop at their limits', () => {
    const text = (length: number) => '字'.repeat(length)
    const demand = (length: number) =>
      DemandDraftSchema.safeParse({ channel: 'qr_form', unitId: 'zhu', text: text(length) }).success
    expect([textLimits.demandText.min - 1, textLimits.demandText.min].map(demand)).toEqual([false, true])
    expect([textLimits.demandText.max, textLimits.demandText.max + 1].map(demand)).toEqual([true, false])
    expect(DemandPatchSchema.safeParse({ reply: text(textLimits.demandReply) }).success).toBe(true)
    expect(DemandPatchSchema.safeParse({ reply: text(textLimits.demandReply + 1) }).success).toBe(false)
    for (const schema of [ItemQuerySchema, DemandQuerySchema]) {
      expect(schema.safeParse({ q: text(textLimits.search) }).success).toBe(true)
      expect(schema.safeParse({ q: text(textLimits.search + 1) }).success).toBe(false)
    }
  })
})
