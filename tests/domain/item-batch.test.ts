import {
  batchChunks,
  batchTooLarge,
  codeAllocator,
  newItemRecord,
  planItemBatch,
  type BatchContext,
} from '@/domain/item-batch'
import type { ItemDraft } from '@/domain/model/item'
import { itemBatchLimits } from '@/domain/model/item-batch'
import { campaign, list, unit, user } from './fixtures'

// d-1 of 朱庄 free; d-3 of 芦岭 free; d-4 of 朱庄 behind a 芦岭 item; d-5 of 朱庄 behind another 朱庄 item.
const demands: Record<string, { unitId: string; from: { id: string; code: string; unitId: string } | null }> = {
  'd-1': { unitId: 'zhu', from: null },
  'd-3': { unitId: 'lu', from: null },
  'd-4': { unitId: 'zhu', from: { id: 'i-lu', code: 'SB-039', unitId: 'lu' } },
  'd-5': { unitId: 'zhu', from: { id: 'i-zhu', code: 'SB-040', unitId: 'zhu' } },
}

const context = (overrides: Partial<BatchContext> = {}): BatchContext => ({
  today: '2026-05-31',
  campaign: campaign({
    endDate: '2026-12-31',
    lists: [list('eight', 'group'), list('dh', 'grassroots', { keyTarget: 3 })],
  }),
  units: [unit('group', 'group'), unit('zhu', 'grassroots'), unit('lu', 'grassroots')],
  user: user('supervisor'),
  demand: (id) => demands[id],
  keyCount: () => 1,
  ...overrides,
})

const draft = (overrides: Partial<ItemDraft> = {}): ItemDraft => ({
  listId: 'dh',
  unitId: 'zhu',
  title: '井口候车室装空调',
  content: '为井口候车室安装空调两台',
  beneficiaries: '一线职工',
  category: 'housing',
  owner: '张三',
  deadline: '2026-09-30',
  ...overrides,
})

describe('planItemBatch', () => {
  it('answers every row in order, each as POST /items would: schema, list, role and unit, content, demands', () => {
    const plan = planItemBatch(
      [
        draft(),
        { title: 'x' },
        draft({ listId: 'nope' }),
        draft({ unitId: 'lu' }),
        draft({ deadline: '2026-05-30' }),
        draft({ demandIds: ['d-2'] }),
        draft({ demandIds: ['d-1'] }),
      ],
      context({ user: user('secretary', 'zhu') }),
    )
    expect(plan.map((row) => row.index)).toEqual([0, 1, 2, 3, 4, 5, 6])
    expect(plan[0]).toMatchObject({ index: 0, draft: { title: '井口候车室装空调' }, list: { id: 'dh' } })
    expect(plan[1]).toMatchObject({
      error: { code: 'validation', fields: { listId: expect.any(String), title: '项目名称至少 2 个字' } },
    })
    expect(plan[2]).toMatchObject({ error: { code: 'validation', fields: { listId: '未知的清单' } } })
    expect(plan[3]).toEqual({ index: 3, error: { code: 'forbidden', message: '只能为本单位新建项目' } })
    expect(plan[4]).toMatchObject({ error: { code: 'validation', fields: { deadline: '完成时限不能早于今天' } } })
    expect(plan[5]).toMatchObject({ error: { fields: { demandIds: '关联的诉求不存在' } } })
    expect(plan[6]).toMatchObject({ draft: { demandIds: ['d-1'] } })
  })

  it('links a secretary’s new item only to free demands of their unit, each once per batch', () => {
    const plan = planItemBatch(
      [
        draft({ demandIds: ['d-3'] }),
        draft({ demandIds: ['d-4'] }),
        draft({ demandIds: ['d-5'] }),
        draft({ demandIds: ['d-1'] }),
        draft({ demandIds: ['d-1'] }),
      ],
      context({ user: user('secretary', 'zhu') }),
    )
    expect(plan[0]).toMatchObject({ error: { code: 'forbidden', fields: { demandIds: '只能关联本单位的诉求' } } })
    expect(plan[1]).toMatchObject({
      error: { code: 'validation', fields: { demandIds: expect.stringContaining('SB-039') } },
    })
    expect(plan[2]).toMatchObject({
      error: { code: 'validation', fields: { demandIds: expect.stringContaining('SB-040') } },
    })
    expect(plan[3]).toMatchObject({ draft: { demandIds: ['d-1'] } })
    expect(plan[4]).toMatchObject({ error: { code: 'validation', fields: { demandIds: expect.any(String) } } })
    // Supervision links across units and moves a demand from another item by naming it.
    const supervised = planItemBatch([draft({ demandIds: ['d-3', 'd-4', 'd-5'] })], context())
    expect(supervised[0]).toMatchObject({ draft: { demandIds: ['d-3', 'd-4', 'd-5'] } })
  })

  it('counts the batch’s own key rows against the list’s key target', () => {
    const plan = planItemBatch(
      [draft({ key: true }), draft({ key: true }), draft({ key: true }), draft({ key: false })],
      context(),
    )
    expect(plan.map((row) => ('error' in row ? row.error.fields?.key : 'ok'))).toEqual([
      'ok',
      'ok',
      '重点项目已达 3 件上限，请先取消其他项目',
      'ok',
    ])
    expect(planItemBatch([draft({ key: true })], context({ user: user('secretary', 'zhu') }))[0]).toMatchObject({
      error: { code: 'forbidden' },
    })
  })
})

describe('codeAllocator', () => {
  it('hands out the next codes in turn, keeping the width', () => {
    const next = codeAllocator('SB', ['SB-001', 'SB-471'])
    expect([next(), next(), next()]).toEqual(['SB-472', 'SB-473', 'SB-474'])
    const first = codeAllocator('N', [])
    expect([first(), first()]).toEqual(['N-001', 'N-002'])
  })
})

describe('batch limits', () => {
  it('chunks by rows and by bytes, keeping order', () => {
    const rows = Array.from({ length: 2500 }, (_, index) => draft({ title: `项目${index}` }))
    const chunks = batchChunks(rows, (row) => row)
    expect(chunks.map((chunk) => chunk.length)).toEqual([itemBatchLimits.maxItems, itemBatchLimits.maxItems, 500])
    expect(chunks.flat()).toEqual(rows)
    const long = Array.from({ length: 10 }, () => draft({ content: '长'.repeat(2000) }))
    const small = batchChunks(long, (row) => row, { maxItems: 1000, maxBodyBytes: 20_000 })
    expect(small.map((chunk) => chunk.length)).toEqual([3, 3, 3, 1])
    for (const chunk of small)
      expect(new TextEncoder().encode(JSON.stringify({ items: chunk })).length).toBeLessThanOrEqual(20_000)
  })

  it('refuses a request over either limit', () => {
    expect(batchTooLarge(itemBatchLimits.maxBodyBytes, itemBatchLimits.maxItems)).toBe(false)
    expect(batchTooLarge(itemBatchLimits.maxBodyBytes + 1)).toBe(true)
    expect(batchTooLarge(10, itemBatchLimits.maxItems + 1)).toBe(true)
  })
})

describe('newItemRecord', () => {
  it('starts planned at version 1 with no progress, demands linked afterwards', () => {
    const record = newItemRecord(
      draft({ demandIds: ['d-1'] }),
      { id: 'dh' },
      { id: 'item-1', code: 'SB-001', now: '2026-05-31T08:00:00.000Z' },
    )
    expect(record).toMatchObject({
      id: 'item-1',
      code: 'SB-001',
      listId: 'dh',
      status: 'planned',
      progress: 0,
      version: 1,
      key: false,
      demandIds: [],
      leadLeader: null,
      ownerPhone: null,
    })
  })
})
