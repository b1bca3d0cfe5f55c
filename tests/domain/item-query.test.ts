import {
  compareItems,
  itemSortParam,
  matchesItem,
  parseItemSort,
  queryItems,
  sortItems,
  type ItemView,
} from '@/domain/item-query'
import { ItemQuerySchema, itemSortFields, type ItemQuery } from '@/domain/model/item-query'
import { at, itemView } from './fixtures'

const unitNames: Record<string, string> = { zhu: '朱庄矿', lu: '芦岭矿', 'dept-hr': '人力资源部' }
const unitName = (id: string) => unitNames[id] ?? id
const query = (overrides: Partial<ItemQuery> = {}): ItemQuery => ({ page: 1, pageSize: 50, ...overrides })

const items: ItemView[] = [
  itemView({
    id: '1',
    code: 'SB-003',
    listId: 'dh',
    unitId: 'zhu',
    title: '职工食堂改造',
    owner: '张三',
    status: 'in_progress',
    progress: 40,
    light: 'yellow',
    category: 'housing',
    deadline: '2026-06-30',
    key: true,
  }),
  itemView({
    id: '2',
    code: 'SB-001',
    listId: 'dh',
    unitId: 'lu',
    title: '宿舍热水',
    owner: '李四',
    status: 'done',
    progress: 100,
    light: 'none',
    category: 'housing',
    deadline: '2026-05-31',
  }),
  itemView({
    id: '3',
    code: 'SB-002',
    listId: 'dh',
    unitId: 'lu',
    title: '井口安全通道',
    owner: '王五',
    status: 'in_progress',
    progress: 40,
    light: 'red',
    category: 'safety',
    deadline: '2026-04-30',
    overdue: true,
    urge: { count: 3, open: 3, replyBy: '2026-05-01', missed: 0, redList: true },
  }),
  itemView({
    id: '4',
    code: 'E-01',
    listId: 'eight',
    unitId: 'dept-hr',
    title: '职工体检',
    owner: '赵六',
    leadLeader: '孙书记',
    status: 'planned',
    progress: 0,
    light: 'green',
    category: 'health',
    deadline: '2026-09-30',
    key: true,
  }),
  itemView({
    id: '5',
    code: 'E-02',
    listId: 'eight',
    unitId: 'dept-hr',
    title: 'Wi-Fi 覆盖',
    owner: '钱七',
    status: 'closed',
    progress: 100,
    light: 'none',
    category: 'safety',
    deadline: '2026-05-01',
    content: '井下无线网络',
  }),
]
const codes = (query: ItemQuery) =>
  items
    .filter((i) => matchesItem(i, query, unitName))
    .map((i) => i.code)
    .sort()

describe('matchesItem', () => {
  it('no filter matches everything', () => {
    expect(codes(query())).toHaveLength(5)
  })

  it.each<[string, Partial<ItemQuery>, string[]]>([
    ['list', { list: ['eight'] }, ['E-01', 'E-02']],
    ['several lists', { list: ['eight', 'dh'] }, ['E-01', 'E-02', 'SB-001', 'SB-002', 'SB-003']],
    ['unit', { unit: ['lu'] }, ['SB-001', 'SB-002']],
    ['status', { status: ['in_progress'] }, ['SB-002', 'SB-003']],
    ['several statuses', { status: ['done', 'closed'] }, ['E-02', 'SB-001']],
    ['light', { light: ['red', 'yellow'] }, ['SB-002', 'SB-003']],
    ['category', { category: ['safety'] }, ['E-02', 'SB-002']],
    ['key true', { key: true }, ['E-01', 'SB-003']],
    ['key false', { key: false }, ['E-02', 'SB-001', 'SB-002']],
    ['overdue true', { overdue: true }, ['SB-002']],
    ['overdue false', { overdue: false }, ['E-01', 'E-02', 'SB-001', 'SB-003']],
    ['redList true', { redList: true }, ['SB-002']],
    ['redList false', { redList: false }, ['E-01', 'E-02', 'SB-001', 'SB-003']],
    ['filters combine with and', { list: ['dh'], status: ['in_progress'], category: ['housing'] }, ['SB-003']],
    ['a filter nobody meets', { unit: ['nowhere'] }, []],
  ])('%s', (_label, filters, expected) => {
    expect(codes(query(filters))).toEqual(expected)
  })

  describe('q, free text', () => {
    it.each<[string, string, string[]]>([
      ['the code', 'SB-00', ['SB-001', 'SB-002', 'SB-003']],
      ['the code, ignoring case', 'sb-002', ['SB-002']],
      ['the title', '安全通道', ['SB-002']],
      ['the title, ignoring case', 'wi-fi', ['E-02']],
      ['the owner', '李四', ['SB-001']],
      ['the unit name', '芦岭', ['SB-001', 'SB-002']],
      ['the content', '无线', ['E-02']],
      ['the lead leader', '孙书记', ['E-01']],
      ['nothing', '不存在的词', []],
    ])('matches %s', (_label, q, expected) => {
      expect(codes(query({ q }))).toEqual(expected)
    })

    it('the unit name comes from the lookup, not from the unit id', () => {
      expect(codes(query({ q: 'lu' }))).toEqual([])
    })

    it('never matches across two fields, and asks the same answers again (the text is kept per item)', () => {
      // SB-002's title ends with 通道 and its owner is 王五: joined fields must not make 通道王五 a match.
      expect(codes(query({ q: '通道王五' }))).toEqual([])
      expect(codes(query({ q: '通道\u0000王五' }))).toEqual([])
      expect(codes(query({ q: '安全通道' }))).toEqual(['SB-002'])
      expect(codes(query({ q: 'SB-00' }))).toEqual(['SB-001', 'SB-002', 'SB-003'])
    })
  })
})

describe('parseItemSort', () => {
  it('reads a field, `-field` for descending, and none as by code ascending', () => {
    expect(parseItemSort(undefined)).toEqual({ field: 'code', descending: false })
    expect(parseItemSort('')).toEqual({ field: 'code', descending: false })
    expect(parseItemSort('progress')).toEqual({ field: 'progress', descending: false })
    expect(parseItemSort('-progress')).toEqual({ field: 'progress', descending: true })
  })

  it('itemSortParam is its inverse for every field and direction the schema accepts', () => {
    for (const field of itemSortFields) {
      for (const descending of [false, true]) {
        const sort = itemSortParam({ field, descending })
        expect(ItemQuerySchema.safeParse({ sort }).success).toBe(true)
        expect(parseItemSort(sort)).toEqual({ field, descending })
      }
    }
  })
})

describe('compareItems', () => {
  const sorted = (sort: string | undefined) => [...items].sort(compareItems(sort)).map((i) => i.code)

  it('defaults to the code', () => {
    expect(sorted(undefined)).toEqual(['E-01', 'E-02', 'SB-001', 'SB-002', 'SB-003'])
  })

  it('-code reverses', () => {
    expect(sorted('-code')).toEqual(['SB-003', 'SB-002', 'SB-001', 'E-02', 'E-01'])
  })

  it('progress ascending, ties broken by code', () => {
    expect(sorted('progress')).toEqual(['E-01', 'SB-002', 'SB-003', 'E-02', 'SB-001'])
  })

  it('progress descending, ties still broken by ascending code', () => {
    expect(sorted('-progress')).toEqual(['E-02', 'SB-001', 'SB-002', 'SB-003', 'E-01'])
  })

  it('deadline', () => {
    expect(sorted('deadline')).toEqual(['SB-002', 'E-02', 'SB-001', 'SB-003', 'E-01'])
  })

  it('status follows the life of an item, not the alphabet', () => {
    expect(sorted('status')).toEqual(['E-01', 'SB-002', 'SB-003', 'SB-001', 'E-02'])
  })

  it('light puts red first and finished work last', () => {
    expect(sorted('light')).toEqual(['SB-002', 'SB-003', 'E-01', 'E-02', 'SB-001'])
  })

  it('key puts key items first', () => {
    expect(sorted('key')).toEqual(['E-01', 'SB-003', 'E-02', 'SB-001', 'SB-002'])
  })

  it('title in Chinese (pinyin) order', () => {
    const three = [
      itemView({ code: 'A', title: '职工体检' }),
      itemView({ code: 'B', title: '安全帽' }),
      itemView({ code: 'C', title: '宿舍热水' }),
    ]
    expect(three.sort(compareItems('title')).map((i) => i.title)).toEqual(['安全帽', '宿舍热水', '职工体检'])
  })

  it('lastUpdate: items never updated first when ascending', () => {
    const three = [
      itemView({ code: 'A', lastUpdate: { at: at('2026-05-02'), kind: 'progress', note: '' } }),
      itemView({ code: 'B', lastUpdate: null }),
      itemView({ code: 'C', lastUpdate: { at: at('2026-05-01'), kind: 'urge', note: '' } }),
    ]
    expect(three.sort(compareItems('lastUpdate')).map((i) => i.code)).toEqual(['B', 'C', 'A'])
    expect(three.sort(compareItems('-lastUpdate')).map((i) => i.code)).toEqual(['A', 'C', 'B'])
  })
})

describe('sortItems', () => {
  it('orders exactly as the zh-CN collator does, with or without its fast path', () => {
    const collator = new Intl.Collator('zh-CN')
    const many = [
      'SB-10',
      'SB-9',
      'SS-01',
      'SB-1',
      'E-01',
      'sb-2',
      'SB-',
      'A1',
      'A-1',
      '职工体检',
      '安全帽',
      'Wi-Fi 覆盖',
      'SB-002',
      '2026-05-01',
      '2026-04-30T08:00:00.000Z',
    ].map((code, n) => itemView({ id: String(n), code, title: code, owner: code }))
    for (const sort of ['code', 'title', '-owner', undefined]) {
      const field = (sort?.replace(/^-/, '') ?? 'code') as 'code' | 'title' | 'owner'
      const sign = sort?.startsWith('-') ? -1 : 1
      const expected = [...many]
        .sort((a, b) => sign * collator.compare(a[field], b[field]) || collator.compare(a.code, b.code))
        .map((i) => i.code)
      expect(sortItems(many, sort).map((i) => i.code)).toEqual(expected)
    }
  })
})

describe('queryItems', () => {
  it('pages the sorted matches and reports the total', () => {
    const first = queryItems(items, query({ list: ['dh'], pageSize: 2 }), unitName)
    expect(first).toMatchObject({ total: 3, page: 1, pageSize: 2 })
    expect(first.items.map((i) => i.code)).toEqual(['SB-001', 'SB-002'])
    const second = queryItems(items, query({ list: ['dh'], pageSize: 2, page: 2 }), unitName)
    expect(second).toMatchObject({ total: 3, page: 2, pageSize: 2 })
    expect(second.items.map((i) => i.code)).toEqual(['SB-003'])
  })

  it('a page past the end is empty, the total unchanged', () => {
    const beyond = queryItems(items, query({ pageSize: 2, page: 4 }), unitName)
    expect(beyond).toEqual({ items: [], total: 5, page: 4, pageSize: 2 })
  })

  it('pages follow the sort', () => {
    const page = queryItems(items, query({ sort: '-progress', pageSize: 3 }), unitName)
    expect(page.items.map((i) => i.code)).toEqual(['E-02', 'SB-001', 'SB-002'])
  })

  it('serves items, without the internal overdue flag', () => {
    const page = queryItems(items, query({ overdue: true }), unitName)
    expect(page.items).toHaveLength(1)
    expect(page.items[0]).not.toHaveProperty('overdue')
    expect(page.items[0]?.code).toBe('SB-002')
  })

  it('does not reorder its input', () => {
    const before = items.map((i) => i.code)
    queryItems(items, query({ sort: '-code' }), unitName)
    expect(items.map((i) => i.code)).toEqual(before)
  })

  it('presorted: checks each item in the given order; matched: pages and counts them as they are', () => {
    const inProgress = sortItems(items, undefined).filter((i) => i.status === 'in_progress')
    const checked = queryItems(sortItems(items, undefined), query({ status: ['in_progress'], pageSize: 1 }), unitName, {
      presorted: true,
    })
    const taken = queryItems(inProgress, query({ status: ['in_progress'], pageSize: 1 }), unitName, {
      presorted: true,
      matched: true,
    })
    expect(taken).toEqual(checked)
    expect(taken).toMatchObject({ total: 2, items: [{ code: 'SB-002' }] })
    // Trusted as given: the caller (a server's index) answers for them being the matches.
    expect(
      queryItems(items.slice(0, 3), query({ status: ['closed'] }), unitName, { presorted: true, matched: true }).total,
    ).toBe(3)
  })
})

describe('ItemQuerySchema (query strings as they arrive)', () => {
  const parse = (params: Record<string, string>) => ItemQuerySchema.safeParse(params)

  it('an empty query defaults to page 1 of 50', () => {
    expect(ItemQuerySchema.parse({})).toEqual({ page: 1, pageSize: 50 })
  })

  it('splits comma lists and trims each part', () => {
    expect(
      ItemQuerySchema.parse({ list: 'eight, dh', status: 'planned,in_progress', light: 'red,', unit: 'zhu' }),
    ).toMatchObject({
      list: ['eight', 'dh'],
      status: ['planned', 'in_progress'],
      light: ['red'],
      unit: ['zhu'],
    })
  })

  it('reads booleans and numbers', () => {
    expect(
      ItemQuerySchema.parse({ key: 'true', overdue: 'false', redList: 'true', page: '3', pageSize: '20' }),
    ).toMatchObject({
      key: true,
      overdue: false,
      redList: true,
      page: 3,
      pageSize: 20,
    })
  })

  it('trims q and accepts a sort field with or without a minus', () => {
    expect(ItemQuerySchema.parse({ q: '  食堂 ', sort: '-deadline' })).toMatchObject({ q: '食堂', sort: '-deadline' })
    expect(ItemQuerySchema.parse({ sort: 'lastUpdate' }).sort).toBe('lastUpdate')
  })

  it('accepts pageSize up to 500', () => {
    expect(ItemQuerySchema.parse({ pageSize: '500' }).pageSize).toBe(500)
  })

  it.each<[string, Record<string, string>, string]>([
    ['an unknown status', { status: 'planned,finished' }, 'status'],
    ['an unknown light', { light: 'blue' }, 'light'],
    ['an empty list', { list: ',' }, 'list'],
    ['a boolean spelled otherwise', { key: 'yes' }, 'key'],
    ['a boolean as 1', { overdue: '1' }, 'overdue'],
    ['an unknown sort field', { sort: 'colour' }, 'sort'],
    ['a double minus', { sort: '--code' }, 'sort'],
    ['page 0', { page: '0' }, 'page'],
    ['a page that is not a number', { page: 'two' }, 'page'],
    ['a fractional page size', { pageSize: '2.5' }, 'pageSize'],
    ['pageSize over the cap', { pageSize: '501' }, 'pageSize'],
    ['a malformed asOf', { asOf: '2026-02-30' }, 'asOf'],
    ['q over 100 characters', { q: 'x'.repeat(101) }, 'q'],
  ])('rejects %s', (_label, params, field) => {
    const result = parse(params)
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => issue.path[0])).toContain(field)
  })

  it('rejects an unknown key (strict)', () => {
    const result = parse({ lsit: 'dh' })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['lsit'] })
  })

  it('the sort error is in Chinese', () => {
    expect(parse({ sort: 'colour' }).error?.issues[0]?.message).toBe('未知的排序字段')
  })
})
