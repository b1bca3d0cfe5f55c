import {
  answerOnCompletion,
  answerOnStrikeOff,
  completionNotesOf,
  demandItemOf,
  followMerged,
  itemTitleFrom,
  receiptOf,
} from '@/domain/demand-loop'
import { isInStage } from '@/domain/demand-stage'
import { intakeLimits, rateCheck, rateLimitMessage } from '@/domain/intake-limits'
import type { Demand } from '@/domain/model/demand'
import { at, demand } from './fixtures'

const item = { id: 'i-1', code: 'SB-001', title: '职工食堂改造', status: 'closed' as const, progress: 100 }
const table = (...demands: Demand[]) => {
  const byId = new Map(demands.map((d) => [d.id, d]))
  return { demand: (id: string) => byId.get(id), item: (id: string) => (id === item.id ? item : undefined) }
}

describe('the demand funnel', () => {
  it('counts adopted and answered demands with an existing item, cumulatively', () => {
    const adopted = demand({ status: 'adopted', itemId: 'i-1' })
    expect(isInStage(adopted, 'in_progress', 'adopted')).toBe(true)
    expect(isInStage(adopted, 'in_progress', 'done')).toBe(false)
    expect(isInStage(adopted, 'done', 'done')).toBe(true)
    expect(isInStage(adopted, 'closed', 'done')).toBe(true)
    expect(isInStage(adopted, 'closed', 'closed')).toBe(true)
    expect(isInStage(demand({ status: 'answered', itemId: 'i-1' }), 'closed', 'closed')).toBe(true)
    expect(isInStage(demand({ status: 'new' }), null, 'adopted')).toBe(false)
    expect(isInStage(adopted, null, 'adopted')).toBe(false)
    expect(isInStage(demand({ status: 'rejected', itemId: 'i-1' }), 'closed', 'adopted')).toBe(false)
  })
})

describe('the closed loop', () => {
  it('answers the demands behind a struck-off item with its completion note, not rejected or merged ones', () => {
    const changed = answerOnStrikeOff(
      [
        demand({ id: 'a', status: 'adopted', itemId: 'i-1' }),
        demand({ id: 'b', status: 'rejected', itemId: 'i-1', reply: '不在范围' }),
        demand({ id: 'c', status: 'adopted', itemId: 'i-2' }),
        demand({ id: 'd', status: 'merged', mergedInto: 'a' }),
      ],
      { id: 'i-1', completionNote: '食堂已改造完成' },
      at('2026-06-01'),
    )
    expect(changed).toEqual([
      expect.objectContaining({ id: 'a', status: 'answered', reply: '食堂已改造完成', updatedAt: at('2026-06-01') }),
    ])
  })

  it('answers on completion only the demands still waiting: a handler’s own answer is kept', () => {
    const changed = answerOnCompletion(
      [
        demand({ id: 'a', status: 'adopted', itemId: 'i-1', reply: '已采纳，纳入项目办理' }),
        demand({ id: 'n', status: 'new', itemId: 'i-1' }),
        demand({ id: 'h', status: 'answered', itemId: 'i-1', reply: '车间已单独答复' }),
      ],
      { id: 'i-1', completionNote: '浴室已改造完成' },
      at('2026-06-01'),
    )
    expect(changed.map((d) => [d.id, d.status, d.reply])).toEqual([
      ['a', 'answered', '浴室已改造完成'],
      ['n', 'answered', '浴室已改造完成'],
    ])
  })

  it('replaces its own earlier answer when the item is done again after a reopen, never a handler’s', () => {
    const history = [
      { kind: 'status' as const, toStatus: 'done' as const, note: ' 浴室已改造 ' },
      { kind: 'status' as const, toStatus: 'in_progress' as const, note: '返工' },
      { kind: 'progress' as const, note: '进度' },
    ]
    expect(completionNotesOf(history)).toEqual(['浴室已改造'])
    const changed = answerOnCompletion(
      [
        demand({ id: 'loop', status: 'answered', itemId: 'i-1', reply: '浴室已改造' }),
        demand({ id: 'own', status: 'answered', itemId: 'i-1', reply: '车间已单独答复' }),
      ],
      { id: 'i-1', completionNote: '浴室返工后已完工' },
      at('2026-06-05'),
      completionNotesOf(history),
    )
    expect(changed.map((d) => [d.id, d.reply])).toEqual([['loop', '浴室返工后已完工']])
  })

  it('shows a rejected demand’s reason on its receipt', () => {
    const rejected = demand({ id: 'r', status: 'rejected', reply: '不在本次活动范围' })
    expect(receiptOf(rejected, table(rejected))).toMatchObject({
      status: 'rejected',
      reply: '不在本次活动范围',
      item: null,
    })
  })

  it('shows a merged demand the lead demand’s answer and item, and nothing personal', () => {
    const lead = demand({ id: 'lead', status: 'answered', itemId: 'i-1', reply: '已办结', updatedAt: at('2026-06-02') })
    const joined = demand({
      id: 'dup',
      receipt: 'R-9',
      status: 'merged',
      mergedInto: 'lead',
      submitterName: '赵强',
      submitterPhone: '13800000000',
    })
    const lookup = table(lead, joined)
    expect(followMerged(joined, lookup.demand).id).toBe('lead')
    expect(demandItemOf(joined, lookup)).toEqual(item)
    const receipt = receiptOf(joined, lookup)
    expect(receipt).toEqual({
      receipt: 'R-9',
      unitId: 'zhu',
      submittedAt: joined.submittedAt,
      status: 'answered',
      merged: true,
      reply: '已办结',
      updatedAt: at('2026-06-02'),
      item: { code: 'SB-001', title: '职工食堂改造', status: 'closed', progress: 100 },
    })
    expect(JSON.stringify(receipt)).not.toMatch(/赵强|13800000000|希望改善/)
  })

  it('survives a cycle of merges', () => {
    const a = demand({ id: 'a', status: 'merged', mergedInto: 'b' })
    const b = demand({ id: 'b', status: 'merged', mergedInto: 'a' })
    expect(followMerged(a, table(a, b).demand).id).toBe('b')
  })

  it('titles an adopted item by the demand’s first sentence', () => {
    expect(itemTitleFrom('井口澡堂夜班没有热水。希望延长供水时间。')).toBe('井口澡堂夜班没有热水')
    expect(itemTitleFrom('很'.repeat(40))).toBe(`${'很'.repeat(29)}…`)
  })
})

describe('the intake limits', () => {
  const rule = { limit: 2, windowSeconds: 60 }

  it('allows up to the limit in a sliding window, then says how long to wait', () => {
    const first = rateCheck([], 0, rule)
    const second = rateCheck(first.kept, 10_000, rule)
    expect(second.ok).toBe(true)
    const third = rateCheck(second.kept, 20_000, rule)
    expect(third).toEqual({ ok: false, kept: [0, 10_000], retryAfterSeconds: 40 })
    expect(rateCheck(third.kept, 60_001, rule).ok).toBe(true)
  })

  it('tells a person in whole minutes', () => {
    expect(rateLimitMessage('提交', 40)).toBe('提交过于频繁，请 1 分钟后再试')
    expect(rateLimitMessage('查询', 301)).toBe('查询过于频繁，请 6 分钟后再试')
    expect(intakeLimits.maxBodyBytes).toBeGreaterThan(1000 * 3)
  })
})
