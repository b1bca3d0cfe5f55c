import { attentionOf, tallyUnitItems } from '@/domain/attention'
import type { Item } from '@/domain/model/item'
import { at } from './fixtures'

const today = '2026-06-30'
type Input = Parameters<typeof attentionOf>[0] & Pick<Item, 'key'>
const item = (overrides: Partial<Input> = {}): Input => ({
  status: 'in_progress',
  deadline: '2026-09-30',
  createdAt: at('2026-03-02'),
  key: false,
  urge: { count: 0, open: 0, replyBy: null, missed: 0, redList: false },
  lastUpdate: { at: at('2026-06-20'), kind: 'progress', note: '' },
  ...overrides,
})

describe('attentionOf', () => {
  it('is empty for an item on track', () => {
    expect(attentionOf(item(), today)).toEqual([])
  })

  it('names an open urge, a passed deadline and a silence of more than 30 days, in that order', () => {
    const late = item({
      deadline: '2026-06-29',
      urge: { count: 2, open: 1, replyBy: '2026-07-03', missed: 0, redList: false },
      lastUpdate: { at: at('2026-05-30'), kind: 'progress', note: '' },
    })
    expect(attentionOf(late, today)).toEqual(['urged', 'overdue', 'stale'])
  })

  it('counts 30 days of silence as still fine and 31 as stale; no update means since creation', () => {
    expect(attentionOf(item({ lastUpdate: { at: at('2026-05-31'), kind: 'progress', note: '' } }), today)).toEqual([])
    expect(attentionOf(item({ lastUpdate: { at: at('2026-05-30'), kind: 'progress', note: '' } }), today)).toEqual([
      'stale',
    ])
    expect(attentionOf(item({ lastUpdate: null, createdAt: at('2026-06-01') }), today)).toEqual([])
  })

  it('leaves finished work alone except an unanswered urge; struck-off work entirely', () => {
    const urge = { count: 1, open: 1, replyBy: null, missed: 0, redList: false }
    expect(attentionOf(item({ status: 'done', deadline: '2026-06-01', lastUpdate: null, urge }), today)).toEqual([
      'urged',
    ])
    expect(attentionOf(item({ status: 'closed', urge }), today)).toEqual([])
  })
})

describe('tallyUnitItems', () => {
  it('counts by status, key, overdue and attention', () => {
    const tally = tallyUnitItems(
      [
        item(),
        item({ status: 'planned', key: true }),
        item({ status: 'done' }),
        item({ status: 'closed' }),
        item({ deadline: '2026-06-01' }),
      ],
      today,
    )
    expect(tally).toEqual({ total: 5, planned: 1, inProgress: 2, finished: 2, key: 1, overdue: 1, attention: 1 })
  })
})
