import { checkDemandLinks, checkItemDraft, checkItemPatch, type DraftContext } from '@/domain/item-checks'
import type { ItemDraft } from '@/domain/model/item'
import { campaign, item, list, unit } from './fixtures'

const context: DraftContext = {
  today: '2026-05-31',
  campaign: campaign({
    endDate: '2026-12-31',
    lists: [list('eight', 'group'), list('n', 'department'), list('dh', 'grassroots', { keyTarget: 100 })],
  }),
  units: [unit('group', 'group'), unit('dept-hr', 'department'), unit('zhu', 'grassroots')],
}

const draft = (overrides: Partial<ItemDraft> = {}): ItemDraft => ({
  listId: 'dh',
  title: '职工食堂改造',
  content: '改造井口食堂',
  beneficiaries: '一线职工',
  category: 'housing',
  unitId: 'zhu',
  owner: '张三',
  deadline: '2026-09-30',
  ...overrides,
})

describe('checkItemDraft', () => {
  it('a sound draft has no errors', () => {
    expect(checkItemDraft(draft(), context)).toEqual({})
  })

  describe('deadline', () => {
    it.each([
      ['yesterday', '2026-05-30', '完成时限不能早于今天'],
      ['the day after the campaign ends', '2027-01-01', '完成时限不能晚于活动结束日期 2026-12-31'],
    ])('%s is refused', (_label, deadline, message) => {
      expect(checkItemDraft(draft({ deadline }), context)).toEqual({ deadline: message })
    })

    it.each([
      ['today', '2026-05-31'],
      ['the last day of the campaign', '2026-12-31'],
    ])('%s is accepted', (_label, deadline) => {
      expect(checkItemDraft(draft({ deadline }), context)).toEqual({})
    })
  })

  it('an unknown category', () => {
    expect(checkItemDraft(draft({ category: 'food' }), context)).toEqual({ category: '未知的类别' })
  })

  it('an unknown list and an unknown unit', () => {
    expect(checkItemDraft(draft({ listId: 'nope' }), context)).toEqual({ listId: '未知的清单' })
    expect(checkItemDraft(draft({ unitId: 'nope' }), context)).toEqual({ unitId: '未知的单位' })
  })

  describe('the unit kind fits the list level', () => {
    it.each<[string, string, 'ok' | string]>([
      ['dh', 'zhu', 'ok'],
      ['dh', 'dept-hr', '“双百”项目须由基层单位承担'],
      ['dh', 'group', '“双百”项目须由基层单位承担'],
      ['eight', 'group', 'ok'],
      ['eight', 'dept-hr', 'ok'],
      ['eight', 'zhu', '该清单的项目须由集团或机关部门承担'],
      ['n', 'dept-hr', 'ok'],
      ['n', 'group', 'ok'],
      ['n', 'zhu', '该清单的项目须由集团或机关部门承担'],
    ])('list %s, unit %s → %s', (listId, unitId, expected) => {
      const errors = checkItemDraft(draft({ listId, unitId }), context)
      expect(errors).toEqual(expected === 'ok' ? {} : { unitId: expected })
    })
  })

  it('reports every bad field at once', () => {
    expect(
      Object.keys(checkItemDraft(draft({ listId: 'eight', category: 'food', deadline: '2026-01-01' }), context)).sort(),
    ).toEqual(['category', 'deadline', 'unitId'])
  })
})

describe('checkDemandLinks', () => {
  const known = new Set(['d-1', 'd-2'])
  const exists = (id: string) => known.has(id)

  it('passes no demands or only known ones', () => {
    expect(checkDemandLinks(undefined, exists)).toEqual({})
    expect(checkDemandLinks([], exists)).toEqual({})
    expect(checkDemandLinks(['d-1', 'd-2'], exists)).toEqual({})
  })

  it('names demandIds once for any unknown demand', () => {
    expect(checkDemandLinks(['d-1', 'gone', 'also-gone'], exists)).toEqual({ demandIds: '关联的诉求不存在' })
  })
})

describe('checkItemPatch', () => {
  const current = item({ deadline: '2026-05-20', title: '职工食堂改造' }) // the deadline already past on 2026-05-31

  it('an unchanged deadline may already have passed', () => {
    expect(
      checkItemPatch({ version: 3, deadline: '2026-05-20', title: '新名称', reason: '名称更准确' }, current, context),
    ).toEqual({})
  })

  it('a deadline moves only through an extension request, whatever the date', () => {
    for (const deadline of ['2026-05-25', '2026-06-30', '2027-01-31'])
      expect(checkItemPatch({ version: 3, deadline }, current, context)).toEqual({
        deadline: '完成时限只能通过“申请延期”变更，经督办组审批后生效',
      })
  })

  it('a changed content field needs a reason; the same value, key or links need none', () => {
    expect(checkItemPatch({ version: 3, title: '新名称' }, current, context)).toEqual({ reason: '请填写修改原因' })
    expect(checkItemPatch({ version: 3, title: '职工食堂改造' }, current, context)).toEqual({})
    expect(checkItemPatch({ version: 3, key: true, demandIds: [] }, current, context)).toEqual({})
    expect(checkItemPatch({ version: 3, ownerPhone: '0561-1234567', reason: '换人' }, current, context)).toEqual({})
  })

  it('a patch without deadline or category is not checked for them', () => {
    expect(checkItemPatch({ version: 3 }, current, context)).toEqual({})
  })

  it('an unknown category', () => {
    const reason = '归类调整'
    expect(checkItemPatch({ version: 3, category: 'food', reason }, current, context)).toEqual({
      category: '未知的类别',
    })
    expect(checkItemPatch({ version: 3, category: 'safety', reason }, current, context)).toEqual({})
  })
})
