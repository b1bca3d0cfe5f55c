import { defaultSatisfactionBar as bar, meetsBar } from '@/domain/satisfaction-bar'
import {
  completionReporter,
  strikeOffBlockers as blockersWithBar,
  strikeOffBlockerText,
  type HistoryEntry,
  type StrikeOffBlocker,
} from '@/domain/strike-off'
import type { Item } from '@/domain/model/item'
import type { Update } from '@/domain/model/update'
import { chineseSentence, progressUpdate, reply, satisfaction, statusUpdate, update } from './fixtures'

type StrikeItem = Pick<Item, 'status' | 'progress' | 'completionNote'>
const ready: StrikeItem = { status: 'done', progress: 100, completionNote: '已完成改造并回复职工' }
const strikeOffBlockers = (item: StrikeItem, updates: readonly HistoryEntry[]) => blockersWithBar(item, updates, bar)
const surveyed: readonly Update[] = [progressUpdate('2026-05-01', 100), satisfaction('2026-05-10', 12, 11)]

describe('strikeOffBlockers', () => {
  it('a done item at 100 % with a completion note and a satisfaction result may be struck off', () => {
    expect(strikeOffBlockers(ready, surveyed)).toEqual([])
  })

  it.each<[string, StrikeItem, readonly Update[], StrikeOffBlocker]>([
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
    ['a survey of too few people', ready, [satisfaction('2026-05-10', 9, 9)], 'satisfaction'],
    ['a survey below 80 % satisfied', ready, [satisfaction('2026-05-10', 20, 15)], 'satisfaction'],
  ])('%s alone blocks with %s', (_label, item, updates, blocker) => {
    expect(strikeOffBlockers(item, updates)).toEqual([blocker])
  })

  it('all four together, in a stable order', () => {
    expect(strikeOffBlockers({ status: 'in_progress', progress: 60, completionNote: '  ' }, [])).toEqual([
      'not_done',
      'progress',
      'completion_note',
      'satisfaction',
    ])
  })

  it('each blocker has a Chinese explanation; the survey one states the bar', () => {
    const blockers: StrikeOffBlocker[] = ['not_done', 'progress', 'completion_note', 'satisfaction']
    for (const blocker of blockers) expect(strikeOffBlockerText(blocker, bar)).toMatch(chineseSentence)
    expect(strikeOffBlockerText('satisfaction', { minPercent: 90, minSurveyed: 30 })).toContain('不少于 30 人')
    expect(strikeOffBlockerText('satisfaction', { minPercent: 90, minSurveyed: 30 })).toContain('90%')
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

describe('the satisfaction bar', () => {
  it.each([
    [10, 8, true],
    [10, 7, false],
    [9, 9, false],
    [100, 80, true],
    [100, 79, false],
  ])('%i surveyed, %i satisfied against 80 %% and 10: %s', (surveyed, satisfied, meets) => {
    expect(meetsBar({ surveyed, satisfied }, bar)).toBe(meets)
  })

  it('an admin bar of 0 % still needs the people surveyed', () => {
    expect(meetsBar({ surveyed: 5, satisfied: 0 }, { minPercent: 0, minSurveyed: 5 })).toBe(true)
    expect(meetsBar({ surveyed: 4, satisfied: 4 }, { minPercent: 0, minSurveyed: 5 })).toBe(false)
  })
})

describe('completionReporter', () => {
  it('is the author of the latest move to done', () => {
    const first = statusUpdate('2026-05-01', 'in_progress', 'done', { authorId: 'a', authorName: '甲' })
    const back = statusUpdate('2026-05-02', 'done', 'in_progress', { authorId: 'b' })
    const again = statusUpdate('2026-05-03', 'in_progress', 'done', { authorId: 'c', authorName: '丙' })
    expect(completionReporter([first])).toEqual({ authorId: 'a', authorName: '甲' })
    expect(completionReporter([first, back, again])).toEqual({ authorId: 'c', authorName: '丙' })
    expect(completionReporter([])).toBeNull()
  })
})
