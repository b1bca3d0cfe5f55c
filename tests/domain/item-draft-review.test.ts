import { duplicateTitles, reviewItemDraft, type DraftInput, type ReviewContext } from '@/domain/item-draft-review'
import { campaign, list, unit, user } from './fixtures'

const context: ReviewContext = {
  today: '2026-05-31',
  campaign: campaign({
    endDate: '2026-12-31',
    lists: [list('eight', 'group'), list('dh', 'grassroots', { keyTarget: 100 })],
  }),
  units: [unit('group', 'group'), unit('zhu', 'grassroots'), unit('lu', 'grassroots')],
  user: user('secretary', 'zhu'),
  existingTitles: ['职工食堂改造', '澡堂热水'],
}

const input = (overrides: Partial<DraftInput> = {}): DraftInput => ({
  listId: 'dh',
  unitId: 'zhu',
  title: '井口候车室装空调',
  content: '为井口候车室安装空调两台',
  beneficiaries: '一线职工',
  category: 'housing',
  owner: '张三',
  leadLeader: '',
  deadline: '2026-09-30',
  demandIds: [],
  ...overrides,
})

describe('reviewItemDraft', () => {
  it('turns a sound input into the POST body, with no errors or warnings', () => {
    const review = reviewItemDraft(input({ leadLeader: ' 李矿长 ', demandIds: ['d-1'] }), context)
    expect(review.errors).toEqual({})
    expect(review.warnings).toEqual({})
    expect(review.draft).toEqual({
      listId: 'dh',
      unitId: 'zhu',
      title: '井口候车室装空调',
      content: '为井口候车室安装空调两台',
      beneficiaries: '一线职工',
      category: 'housing',
      owner: '张三',
      leadLeader: '李矿长',
      deadline: '2026-09-30',
      demandIds: ['d-1'],
    })
  })

  it('names every problem of an empty form at once, in Chinese', () => {
    const review = reviewItemDraft(
      input({ title: ' ', content: '', beneficiaries: '', category: '', owner: '', deadline: '' }),
      context,
    )
    expect(review.draft).toBeNull()
    expect(review.errors).toEqual({
      title: '请填写项目名称',
      content: '请填写项目内容',
      beneficiaries: '请填写服务对象',
      category: '请选择类别',
      owner: '请填写责任人',
      deadline: '请填写完成时限',
    })
  })

  it.each([
    ['a one-character title', { title: '修' }, { title: '项目名称至少 2 个字' }],
    ['an 81-character title', { title: '修'.repeat(81) }, { title: '项目名称不超过 80 个字' }],
    ['a date that is not one', { deadline: '2026-02-30' }, { deadline: '日期格式应为 YYYY-MM-DD' }],
    ['a deadline before today', { deadline: '2026-05-30' }, { deadline: '完成时限不能早于今天' }],
    [
      'a deadline after the campaign',
      { deadline: '2027-01-01' },
      { deadline: '完成时限不能晚于活动结束日期 2026-12-31' },
    ],
    ['an unknown category', { category: '娱乐' }, { category: '未知的类别' }],
    ['an unknown unit', { unitId: '某矿' }, { unitId: '未知的单位' }],
    ['another unit', { unitId: 'lu' }, { unitId: '只能为本单位新建项目' }],
    ['another list', { listId: 'eight', unitId: 'group' }, { unitId: '支部书记只能在“双百”清单中新建项目' }],
  ])('refuses %s', (_label, overrides, errors) => {
    const review = reviewItemDraft(input(overrides), context)
    expect(review.errors).toEqual(errors)
    expect(review.draft).toBeNull()
  })

  it('lets supervision create for any unit', () => {
    expect(reviewItemDraft(input({ unitId: 'lu' }), { ...context, user: user('supervisor') }).errors).toEqual({})
  })

  it('warns, without refusing, on a title the unit already has (spaces and punctuation ignored)', () => {
    const review = reviewItemDraft(input({ title: '职工食堂 改造！' }), context)
    expect(review.errors).toEqual({})
    expect(review.draft).not.toBeNull()
    expect(review.warnings).toEqual({ title: '本单位已有同名项目“职工食堂改造”，请确认不是重复填报' })
  })
})

describe('duplicateTitles', () => {
  it('marks repeats within the batch after their first occurrence, and repeats of existing items', () => {
    expect(duplicateTitles(['浴室改造', '澡堂 热水', '浴室改造。', '新项目', '', '浴室改造'], ['澡堂热水'])).toEqual([
      null,
      { kind: 'existing', title: '澡堂热水' },
      { kind: 'batch', firstIndex: 0 },
      null,
      null,
      { kind: 'batch', firstIndex: 0 },
    ])
  })
})
