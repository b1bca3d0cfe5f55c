import { demandMatcher, newestFirst } from '@/domain/demand-query'
import type { ItemStatus } from '@/domain/model/item'
import { at, demand } from './fixtures'

const statuses: Record<string, ItemStatus> = { 'i-done': 'done', 'i-closed': 'closed', 'i-open': 'in_progress' }
const itemStatusOf = (id: string | null) => (id === null ? null : (statuses[id] ?? null))

const pool = [
  demand({ id: 'd-1', receipt: 'BS-000111', channel: 'symposium', unitId: 'zhu', text: '食堂饭菜太咸', status: 'new' }),
  demand({
    id: 'd-2',
    receipt: 'BS-000222',
    channel: 'qr_form',
    unitId: 'lu',
    text: '浴室热水不足',
    status: 'adopted',
    itemId: 'i-open',
  }),
  demand({
    id: 'd-3',
    receipt: 'BS-000333',
    channel: 'qr_form',
    unitId: 'zhu',
    text: '更衣柜不够',
    status: 'adopted',
    itemId: 'i-done',
  }),
  demand({
    id: 'd-4',
    receipt: 'BS-000444',
    channel: 'talk_room',
    unitId: 'zhu',
    text: '班车太少',
    status: 'answered',
    itemId: 'i-closed',
  }),
  demand({
    id: 'd-5',
    receipt: 'BS-000555',
    channel: 'symposium',
    unitId: 'lu',
    text: '通勤班车',
    status: 'adopted',
    itemId: 'i-gone',
  }),
]
const ids = (query: Parameters<typeof demandMatcher>[0]) =>
  pool.filter(demandMatcher(query, itemStatusOf)).map((d) => d.id)

describe('demandMatcher', () => {
  it('matches everything without filters', () => {
    expect(ids({})).toEqual(['d-1', 'd-2', 'd-3', 'd-4', 'd-5'])
  })

  it('filters by channel, unit, status and item, all of them at once', () => {
    expect(ids({ channel: 'qr_form' })).toEqual(['d-2', 'd-3'])
    expect(ids({ unit: 'zhu', status: 'adopted' })).toEqual(['d-3'])
    expect(ids({ item: 'i-closed' })).toEqual(['d-4'])
    expect(ids({ channel: 'qr_form', unit: 'lu', status: 'new' })).toEqual([])
  })

  it('searches the text and the receipt number, ignoring case', () => {
    expect(ids({ q: '班车' })).toEqual(['d-4', 'd-5'])
    expect(ids({ q: 'bs-000333' })).toEqual(['d-3'])
  })

  it('asks the funnel for a stage: cumulative, and only for items that exist', () => {
    expect(ids({ stage: 'adopted' })).toEqual(['d-2', 'd-3', 'd-4'])
    expect(ids({ stage: 'done' })).toEqual(['d-3', 'd-4'])
    expect(ids({ stage: 'closed' })).toEqual(['d-4'])
  })
})

describe('newestFirst', () => {
  it('orders by submission, newest first', () => {
    const older = demand({ id: 'old', submittedAt: at('2026-03-01') })
    const newer = demand({ id: 'new', submittedAt: at('2026-04-01') })
    expect([older, newer].sort(newestFirst).map((d) => d.id)).toEqual(['new', 'old'])
    expect(newestFirst(older, older)).toBe(0)
  })
})
