import {
  isReadyForStrikeOff,
  strikeOffBlockers,
  strikeOffBlockerText,
  type StrikeOffBlocker,
} from '@/domain/strike-off'
import type { Item } from '@/domain/model/item'
import type { Update } from '@/domain/model/update'
import { chineseSentence, progressUpdate, reply, satisfaction, statusUpdate, update } from './fixtures'

type StrikeItem = Pick<Item, 'status' | 'progress' | 'completionNote'>
const ready: StrikeItem = { status: 'done', progress: 100, completionNote: '已完成改造并回复职工' }
const surveyed: readonly Pick<Update, 'kind'>[] = [
  progressUpdate('2026-05-01', 100),
  satisfaction('2026-05-10', 12, 11),
]

describe('strikeOffBlockers', () => {
  it('a done item at 100 % with a completion note and a satisfaction result may be struck off', () => {
    expect(strikeOffBlockers(ready, surveyed)).toEqual([])
    expect(isReadyForStrikeOff(ready, surveyed)).toBe(true)
  })

  it.each<[string, StrikeItem, readonly Pick<Update, 'kind'>[], StrikeOffBlocker]>([
    ['status in_progress', { ...ready, status: 'in_progress' }, surveyed, 'not_done'],
    ['status planned', { ...ready, status: 'planned' }, surveyed, 'not_done'],
    ['status closed (already struck off)', { ...ready, status: 'closed' }, surveyed, 'not_done'],
    ['progress 99', { ...ready, progress: 99 }, surveyed, 'progress'],
    ['no completion note', { ...ready, completionNote: null }, surveyed, 'completion_note'],
    ['an empty completion note', { ...ready, completionNote: '' }, surveyed, 'completion_note'],
    ['a blank completion note', { ...ready, completionNote: ' \n\t　' }, surveyed, 'completion_note'],
    [
      'no satisfaction update',
      ready,
      [progressUpdate('2026-05-01', 100), reply('2026-05-02'), update('inspection', '2026-05-03')],
      'satisfaction',
    ],
    ['no updates at all', ready, [], 'satisfaction'],
  ])('%s alone blocks with %s', (_label, item, updates, blocker) => {
    expect(strikeOffBlockers(item, updates)).toEqual([blocker])
    expect(isReadyForStrikeOff(item, updates)).toBe(false)
  })

  it('all four together, in a stable order', () => {
    expect(strikeOffBlockers({ status: 'in_progress', progress: 60, completionNote: '  ' }, [])).toEqual([
      'not_done',
      'progress',
      'completion_note',
      'satisfaction',
    ])
  })

  it('each blocker has a Chinese explanation', () => {
    for (const text of Object.values(strikeOffBlockerText)) expect(text).toMatch(chineseSentence)
    expect(Object.keys(strikeOffBlockerText).sort()).toEqual([
      'completion_note',
      'not_done',
      'progress',
      'satisfaction',
    ])
  })
})

describe('the satisfaction follow-up must come after the latest move to done', () => {
  it('a survey taken before the item was sent back and finished again does not count', () => {
    const history = [
      statusUpdate('2026-05-01', 'in_progress', 'done'),
      satisfaction('2026-05-05', 10, 4),
      statusUpdate('2026-05-06', 'done', 'in_progress'),
      statusUpdate('2026-05-20', 'in_progress', 'done'),
    ]
    expect(strikeOffBlockers(ready, history)).toEqual(['satisfaction'])
    expect(strikeOffBlockers(ready, [...history, satisfaction('2026-05-25', 10, 9)])).toEqual([])
  })
})
