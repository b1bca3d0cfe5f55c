import { addDays, type IsoDate } from '@/domain/dates'
import { deriveItem, snapshotAt } from '@/domain/history'
import type { ItemStatus } from '@/domain/model/item'
import type { Update } from '@/domain/model/update'
import { daysOverdue, isRedListed, redListRule, urgeStateOf } from '@/domain/red-list'
import { queueReasonsOf } from '@/domain/supervision-queue'
import { itemRecord, reply, urge } from './fixtures'

const open = { status: 'in_progress' as ItemStatus, deadline: '2026-12-31' }

describe('the red list rule', () => {
  it('names its thresholds once: two missed urges, thirty days overdue', () => {
    expect(redListRule).toEqual({ missedUrges: 2, overdueDays: 30 })
  })

  it('three urges in three seconds do not put a green item on it: none of them is past its date', () => {
    const clicks = [0, 1, 2].map((s) => urge(`2026-04-01T04:00:0${s}Z`, '2026-04-08'))
    expect(urgeStateOf(open, clicks, '2026-04-01')).toEqual({
      count: 3,
      open: 3,
      replyBy: '2026-04-08',
      missed: 0,
      redList: false,
    })
    // …but once the reply-by date passes with no reply, they count against the unit.
    expect(urgeStateOf(open, clicks, '2026-04-08').redList).toBe(false)
    expect(urgeStateOf(open, clicks, '2026-04-09').redList).toBe(true)
  })

  it.each<[string, Update[], IsoDate, boolean]>([
    ['one urge past its date', [urge('2026-04-01', '2026-04-05')], '2026-04-20', false],
    [
      'two urges, one past its date',
      [urge('2026-04-01', '2026-04-05'), urge('2026-04-10', '2026-04-25')],
      '2026-04-20',
      false,
    ],
    [
      'two urges past their dates',
      [urge('2026-04-01', '2026-04-05'), urge('2026-04-06', '2026-04-09')],
      '2026-04-10',
      true,
    ],
    [
      'two past their dates, answered late',
      [urge('2026-04-01', '2026-04-05'), urge('2026-04-06', '2026-04-09'), reply('2026-04-12')],
      '2026-04-20',
      false,
    ],
    [
      'answered in time, then urged again once and missed',
      [urge('2026-04-01', '2026-04-05'), reply('2026-04-05'), urge('2026-04-06', '2026-04-09')],
      '2026-04-20',
      false,
    ],
    ['urges without a reply-by date never count', [urge('2026-04-01'), urge('2026-04-02')], '2026-06-01', false],
  ])('%s → %s', (_label, updates, today, expected) => {
    expect(urgeStateOf(open, updates, today).redList).toBe(expected)
  })

  it.each([
    ['on the deadline', '2026-05-01', 0, false],
    ['30 days past it', '2026-05-31', 30, false],
    ['31 days past it', '2026-06-01', 31, true],
  ])('an unfinished item %s (%s): %s days overdue, on the list: %s', (_label, today, days, expected) => {
    const late = { status: 'in_progress' as ItemStatus, deadline: '2026-05-01' }
    expect(daysOverdue(late, today)).toBe(days)
    expect(isRedListed(late, 0, today)).toBe(expected)
  })

  it('finished items are never on it', () => {
    for (const status of ['done', 'closed'] as const) {
      expect(isRedListed({ status, deadline: '2026-01-01' }, 5, '2026-06-01')).toBe(false)
      expect(daysOverdue({ status, deadline: '2026-01-01' }, '2026-06-01')).toBe(0)
    }
    expect(isRedListed({ status: 'planned', deadline: '2026-01-01' }, 0, '2026-06-01')).toBe(true)
  })

  it('a served item, its replayed snapshot and the supervision queue agree', () => {
    const record = itemRecord({ status: 'in_progress', deadline: '2026-12-31' })
    const updates = [urge('2026-04-01', '2026-04-05'), urge('2026-04-06', '2026-04-09')]
    const served = deriveItem(record, updates, '2026-04-10')
    expect(served.urge.redList).toBe(true)
    expect(snapshotAt(record, updates, '2026-04-10')?.urge.redList).toBe(true)
    expect(snapshotAt(record, updates, '2026-04-09')?.urge.redList).toBe(false)
    expect(queueReasonsOf(served, '2026-04-10')[0]).toBe('red_list')
    expect(queueReasonsOf(deriveItem(record, updates, '2026-04-09'), '2026-04-09')).not.toContain('red_list')
  })
})

// ---- property: random sequences of urges, replies and dates ---------------------------------------------

/** A small deterministic generator (mulberry32), so a failure names its seed. */
function random(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

describe('the red list over random sequences of urges and replies', () => {
  const start = '2026-03-01'

  it.each(Array.from({ length: 200 }, (_, seed) => seed))('seed %i: agrees with a plain count', (seed) => {
    const next = random(seed)
    const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1))
    const updates: Update[] = []
    let day = 0
    for (let n = int(0, 10); n > 0; n--) {
      day += int(0, 4)
      const on = addDays(start, day)
      updates.push(next() < 0.65 ? urge(on, addDays(on, int(0, 7))) : reply(on))
    }
    const deadline = addDays(start, int(0, 60))
    const status: ItemStatus = next() < 0.8 ? 'in_progress' : 'done'
    const today = addDays(start, day + int(0, 40))

    // The plain reading of the rule: urges after the last reply, whose reply-by date is before today.
    const lastReply = updates.findLastIndex((u) => u.kind === 'reply')
    const missed = updates.slice(lastReply + 1).filter((u) => u.kind === 'urge' && u.replyBy! < today).length
    const overdueDays = status === 'done' || today <= deadline ? 0 : (Date.parse(today) - Date.parse(deadline)) / 864e5
    const expected = status !== 'done' && (missed >= 2 || overdueDays > 30)

    const state = urgeStateOf({ status, deadline }, updates, today)
    expect(state.redList).toBe(expected)
    // Clicking 催办 again today never puts an item on the list by itself: a new urge is not yet past its date.
    const clicked = urgeStateOf({ status, deadline }, [...updates, urge(today, today)], today)
    expect(clicked.redList).toBe(state.redList)
    // A reply today takes it off, unless it is more than 30 days overdue.
    const answered = urgeStateOf({ status, deadline }, [...updates, reply(today)], today)
    expect(answered.redList).toBe(status !== 'done' && overdueDays > 30)
  })
})
