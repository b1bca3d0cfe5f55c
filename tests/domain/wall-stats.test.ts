import type { ItemRecord } from '@/domain/history'
import type { Update } from '@/domain/model/update'
import { boardOf, emptyCounts, healthOf, statsByCategory } from '@/domain/stats'
import { itemRecord, progressUpdate, statusUpdate } from './fixtures'

// Items created 2026-03-02, due 2026-12-31 unless noted; "today" is 2026-05-31.
const today = '2026-05-31'
const record = (id: string, overrides: Partial<ItemRecord>): ItemRecord =>
  itemRecord({ id, code: id.toUpperCase(), ...overrides })
const records: ItemRecord[] = [
  record('b2', { listId: 'dh', unitId: 'luling', category: 'canteen', key: true }),
  record('b1', { listId: 'dh', unitId: 'luling', category: 'housing' }),
  record('a1', { listId: 'dh', unitId: 'zhuzhuang', category: 'housing' }),
  record('c1', { listId: 'eight', unitId: 'group', category: 'housing' }),
]
const updates = new Map<string, Update[]>([
  [
    'b1',
    [
      statusUpdate('2026-03-05', 'planned', 'in_progress', { itemId: 'b1' }),
      progressUpdate('2026-05-01', 100, { itemId: 'b1' }),
      statusUpdate('2026-05-01', 'in_progress', 'done', { itemId: 'b1' }),
    ],
  ],
  [
    'b2',
    [
      statusUpdate('2026-03-05', 'planned', 'in_progress', { itemId: 'b2' }),
      progressUpdate('2026-05-28', 40, { itemId: 'b2' }),
    ],
  ],
])

describe('wall statistics', () => {
  it('counts items per category of a list, as of a date', () => {
    const byCategory = statsByCategory(records, updates, 'dh', today)
    expect(byCategory.map((row) => [row.categoryId, row.total, row.done])).toEqual([
      ['canteen', 1, 0],
      ['housing', 2, 1],
    ])
    // Before b1 was done, nothing in housing was.
    expect(
      statsByCategory(records, updates, 'dh', '2026-04-30').find((row) => row.categoryId === 'housing')?.done,
    ).toBe(0)
    expect(statsByCategory(records, updates, null, today).find((row) => row.categoryId === 'housing')?.total).toBe(3)
  })

  it('lays a list out as columns ordered by unit then code, replayed to the date', () => {
    const board = boardOf(records, updates, 'dh', today)
    expect(board.units).toEqual(['luling', 'zhuzhuang'])
    expect(board.code).toEqual(['B1', 'B2', 'A1'])
    expect(board.unit).toEqual([0, 0, 1])
    expect(board.status).toEqual(['done', 'in_progress', 'planned'])
    expect(board.light[0]).toBe('none')
    expect(board.key).toEqual([false, true, false])
    expect(boardOf(records, updates, 'dh', '2026-04-30').status).toEqual(['in_progress', 'in_progress', 'planned'])
    expect(boardOf(records, updates, 'dh', '2026-03-01').id).toEqual([])
  })

  it('colours a set of items by its share of red and yellow, and red when anything is overdue', () => {
    const counts = (red: number, yellow: number, green: number, overdue = 0) => ({
      ...emptyCounts(),
      lights: { red, yellow, green },
      overdue,
    })
    expect(healthOf(counts(0, 0, 0))).toBe('none')
    expect(healthOf(counts(1, 0, 9))).toBe('green')
    expect(healthOf(counts(2, 0, 8))).toBe('red')
    expect(healthOf(counts(0, 0, 10, 1))).toBe('red')
    expect(healthOf(counts(1, 2, 7))).toBe('yellow')
    expect(healthOf(counts(0, 2, 8))).toBe('green')
  })
})
