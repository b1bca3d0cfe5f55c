import { isFinished, isReopening, isTransition, nextStatuses, statusOrder, statusText } from '@/domain/status'
import { itemStatuses, type ItemStatus } from '@/domain/model/item'

const allowed: ReadonlyArray<readonly [ItemStatus, ItemStatus]> = [
  ['planned', 'in_progress'],
  ['in_progress', 'done'],
  ['done', 'closed'],
  ['done', 'in_progress'],
  ['closed', 'in_progress'],
]
const isAllowed = (from: ItemStatus, to: ItemStatus) => allowed.some(([f, t]) => f === from && t === to)

const pairs = itemStatuses.flatMap((from) => itemStatuses.map((to) => ({ from, to, expected: isAllowed(from, to) })))

describe('isTransition', () => {
  it('covers all 16 pairs', () => {
    expect(pairs).toHaveLength(16)
  })

  it.each(pairs)('$from → $to: $expected', ({ from, to, expected }) => {
    expect(isTransition(from, to)).toBe(expected)
  })

  it('offers exactly the allowed targets', () => {
    expect(nextStatuses('planned')).toEqual(['in_progress'])
    expect(nextStatuses('in_progress')).toEqual(['done'])
    expect([...nextStatuses('done')].sort()).toEqual(['closed', 'in_progress'])
    expect(nextStatuses('closed')).toEqual(['in_progress'])
  })
})

describe('isReopening', () => {
  it.each(pairs)('$from → $to', ({ from, to }) => {
    expect(isReopening(from, to)).toBe((from === 'done' || from === 'closed') && to === 'in_progress')
  })
})

describe('isFinished', () => {
  it.each([
    ['planned', false],
    ['in_progress', false],
    ['done', true],
    ['closed', true],
  ] as const)('%s → %s', (status, expected) => {
    expect(isFinished(status)).toBe(expected)
  })
})

describe('statusOrder', () => {
  it('follows the life of an item', () => {
    const sorted = [...itemStatuses].sort((a, b) => statusOrder[a] - statusOrder[b])
    expect(sorted).toEqual(['planned', 'in_progress', 'done', 'closed'])
  })
})

describe('statusText', () => {
  it('names every status, each differently', () => {
    expect(Object.keys(statusText).sort()).toEqual([...itemStatuses].sort())
    expect(new Set(Object.values(statusText)).size).toBe(itemStatuses.length)
    expect(statusText).toEqual({ planned: '未启动', in_progress: '推进中', done: '已办结', closed: '已销号' })
  })
})
