import { compareUrgency, countReasons, queueFor, queueReasonsOf, supervisionQueue } from '@/domain/supervision-queue'
import { item } from './fixtures'

const today = '2026-06-10'
const urged = (open: number, replyBy: string | null) => ({ count: open, open, replyBy, missed: 0, redList: open >= 3 })

describe('queueReasonsOf', () => {
  it('names nothing for a green item on schedule, nor for a closed one', () => {
    expect(queueReasonsOf(item({ status: 'in_progress', light: 'green', deadline: '2026-09-30' }), today)).toEqual([])
    expect(queueReasonsOf(item({ status: 'closed', light: 'none', urge: urged(3, '2026-05-01') }), today)).toEqual([])
  })

  it('names every reason, most urgent first', () => {
    const late = item({ status: 'in_progress', light: 'red', deadline: '2026-06-01', urge: urged(3, '2026-06-05') })
    expect(queueReasonsOf(late, today)).toEqual(['red_list', 'reply_overdue', 'overdue', 'red'])
    expect(queueReasonsOf(item({ status: 'in_progress', light: 'yellow', deadline: '2026-07-01' }), today)).toEqual([
      'yellow',
    ])
    expect(queueReasonsOf(item({ status: 'done', light: 'none', progress: 100 }), today)).toEqual([
      'awaiting_strike_off',
    ])
  })

  it('an urge whose reply-by date is today is not yet past it; the day after it is', () => {
    const open = item({ status: 'in_progress', light: 'green', urge: urged(1, today) })
    expect(queueReasonsOf(open, today)).toEqual([])
    expect(queueReasonsOf(open, '2026-06-11')).toEqual(['reply_overdue'])
  })

  it('a done item past its deadline is not overdue: it waits for strike-off', () => {
    expect(queueReasonsOf(item({ status: 'done', light: 'none', deadline: '2026-05-01' }), today)).toEqual([
      'awaiting_strike_off',
    ])
  })
})

describe('supervisionQueue ordering', () => {
  const entries = supervisionQueue(
    [
      item({ code: 'A-1', status: 'done', light: 'none' }),
      item({ code: 'A-2', status: 'in_progress', light: 'yellow', deadline: '2026-07-01' }),
      item({ code: 'A-3', status: 'in_progress', light: 'red', deadline: '2026-06-01' }),
      item({ code: 'A-4', status: 'in_progress', light: 'green', urge: urged(1, '2026-06-08') }),
      item({ code: 'A-5', status: 'in_progress', light: 'red', deadline: '2026-05-01' }),
      item({ code: 'A-6', status: 'in_progress', light: 'red', deadline: '2026-06-05', key: true }),
      item({ code: 'A-7', status: 'in_progress', light: 'green', deadline: '2026-12-01' }),
      item({ code: 'A-8', status: 'in_progress', light: 'red', deadline: '2026-08-01' }),
      item({ code: 'A-9', status: 'in_progress', light: 'red', deadline: '2026-06-01', urge: urged(3, '2026-06-20') }),
    ],
    today,
  )

  it('leaves out items that need nothing, and puts the red list, then late replies, then overdue items first', () => {
    expect(entries.map((entry) => entry.item.code)).toEqual(['A-9', 'A-4', 'A-6', 'A-5', 'A-3', 'A-8', 'A-2', 'A-1'])
  })

  it('among equally urgent items: key items first, then the one waiting longest', () => {
    const overdue = entries.filter((entry) => entry.reasons[0] === 'overdue').map((entry) => entry.item.code)
    expect(overdue).toEqual(['A-6', 'A-5', 'A-3'])
  })

  it('is a total order: equal only to itself', () => {
    for (const a of entries) for (const b of entries) expect(compareUrgency(a, b) === 0).toBe(a === b)
  })

  it('counts the entries per reason', () => {
    expect(countReasons(entries)).toEqual({
      red_list: 1,
      reply_overdue: 1,
      overdue: 4,
      red: 5,
      yellow: 1,
      awaiting_strike_off: 1,
    })
  })
})

describe('queueFor', () => {
  const red = item({
    id: 'a',
    code: 'SB-001',
    listId: 'dh',
    unitId: 'zhu',
    key: true,
    status: 'in_progress',
    light: 'red',
    deadline: '2026-09-30',
  })
  const yellow = item({
    id: 'b',
    code: 'SB-002',
    listId: 'dh',
    unitId: 'lu',
    status: 'in_progress',
    light: 'yellow',
    deadline: '2026-09-30',
  })
  const done = item({
    id: 'c',
    code: 'BJ-001',
    listId: 'eight',
    unitId: 'zhu',
    status: 'done',
    light: 'none',
    progress: 100,
  })
  const fine = item({
    id: 'd',
    code: 'SB-003',
    listId: 'dh',
    unitId: 'zhu',
    status: 'in_progress',
    light: 'green',
    deadline: '2026-09-30',
  })
  const all = [red, yellow, done, fine]
  const ids = (entries: readonly { item: { id: string } }[]) => entries.map((entry) => entry.item.id)

  it('queues the items in scope of list, unit and key', () => {
    expect(ids(queueFor(all, {}, today).entries)).toEqual(['a', 'b', 'c'])
    expect(ids(queueFor(all, { list: 'dh' }, today).entries)).toEqual(['a', 'b'])
    expect(ids(queueFor(all, { unit: 'zhu' }, today).entries)).toEqual(['a', 'c'])
    expect(ids(queueFor(all, { key: true }, today).entries)).toEqual(['a'])
    expect(ids(queueFor(all, { key: false }, today).entries)).toEqual(['b', 'c'])
  })

  it('a reason narrows the entries, not the count queued nor the counts per reason', () => {
    const answer = queueFor(all, { list: 'dh', reason: 'yellow' }, today)
    expect(ids(answer.entries)).toEqual(['b'])
    expect(answer.queued).toBe(2)
    expect(answer.counts).toMatchObject({ red: 1, yellow: 1, awaiting_strike_off: 0 })
  })
})
