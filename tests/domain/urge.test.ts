import { defaultReplyBy, defaultReplyDays, isReplyOverdue, urgeState } from '@/domain/urge'
import type { UrgeState } from '@/domain/model/item'
import { progressUpdate, reply, update, urge } from './fixtures'

const today = '2026-04-02'

describe('urgeState', () => {
  it('no updates: nothing open', () => {
    expect(urgeState([], today)).toEqual({ count: 0, open: 0, replyBy: null, missed: 0 })
  })

  it('counts every urge and the open ones', () => {
    expect(urgeState([urge('2026-04-01', '2026-04-05'), urge('2026-04-03', '2026-04-08')], today)).toEqual({
      count: 2,
      open: 2,
      replyBy: '2026-04-05',
      missed: 0,
    })
  })

  it('a reply answers every urge before it, but the count keeps them', () => {
    const state = urgeState(
      [urge('2026-04-01', '2026-04-05'), urge('2026-04-03', '2026-04-08'), reply('2026-04-04')],
      '2026-04-20',
    )
    expect(state).toEqual({ count: 2, open: 0, replyBy: null, missed: 0 })
  })

  it('an urge after the reply opens again', () => {
    const state = urgeState(
      [urge('2026-04-01', '2026-04-05'), reply('2026-04-04'), urge('2026-04-10', '2026-04-15')],
      '2026-04-16',
    )
    expect(state).toEqual({ count: 2, open: 1, replyBy: '2026-04-15', missed: 1 })
  })

  it('other updates answer nothing', () => {
    const state = urgeState(
      [
        urge('2026-04-01', '2026-04-05'),
        progressUpdate('2026-04-02', 30),
        update('inspection', '2026-04-03'),
        update('instruction', '2026-04-03'),
        update('status', '2026-04-04', { fromStatus: 'planned', toStatus: 'in_progress' }),
      ],
      '2026-04-06',
    )
    expect(state).toMatchObject({ open: 1, replyBy: '2026-04-05', missed: 1 })
  })

  it.each([
    ['the day before reply-by', '2026-04-09', 0],
    ['on the reply-by date', '2026-04-10', 0],
    ['the day after reply-by', '2026-04-11', 1],
  ])('an open urge is missed only once its reply-by date has passed: %s (%s) → %s', (_label, on, missed) => {
    expect(urgeState([urge('2026-04-01', '2026-04-10')], on).missed).toBe(missed)
  })

  it('replyBy is the earliest among the open urges, whatever their order', () => {
    const state = urgeState(
      [urge('2026-04-01', '2026-04-20'), urge('2026-04-02', '2026-04-10'), urge('2026-04-03', '2026-04-15')],
      today,
    )
    expect(state.replyBy).toBe('2026-04-10')
  })

  it('an urge without a reply-by date leaves replyBy to the others and is never missed', () => {
    expect(urgeState([urge('2026-04-01')], '2026-05-01')).toMatchObject({ replyBy: null, missed: 0 })
    expect(urgeState([urge('2026-04-01'), urge('2026-04-02', '2026-04-09')], today).replyBy).toBe('2026-04-09')
  })
})

describe('isReplyOverdue', () => {
  const open = (replyBy: string | null, openCount = 1): UrgeState => ({
    count: openCount,
    open: openCount,
    replyBy,
    missed: 0,
    redList: false,
  })

  it.each([
    ['the day before reply-by', '2026-04-09', false],
    ['on the reply-by date', '2026-04-10', false],
    ['the day after reply-by', '2026-04-11', true],
  ])('%s (%s) → %s', (_label, on, expected) => {
    expect(isReplyOverdue(open('2026-04-10'), on)).toBe(expected)
  })

  it('nothing open → never overdue', () => {
    const answered: UrgeState = { count: 4, open: 0, replyBy: '2026-04-10', missed: 0, redList: false }
    expect(isReplyOverdue(answered, '2026-05-01')).toBe(false)
  })

  it('open without a reply-by date → not overdue', () => {
    expect(isReplyOverdue(open(null), '2026-05-01')).toBe(false)
  })

  it('follows urgeState: answered urges are no longer overdue', () => {
    const urges = [urge('2026-04-01', '2026-04-05')]
    expect(isReplyOverdue(urgeState(urges, '2026-04-06'), '2026-04-06')).toBe(true)
    expect(isReplyOverdue(urgeState([...urges, reply('2026-04-06')], '2026-04-06'), '2026-04-06')).toBe(false)
  })
})

describe('defaultReplyBy', () => {
  it('gives the owner a week, across a month’s end', () => {
    expect(defaultReplyDays).toBe(7)
    expect(defaultReplyBy('2026-06-10')).toBe('2026-06-17')
    expect(defaultReplyBy('2026-06-28')).toBe('2026-07-05')
  })
})
