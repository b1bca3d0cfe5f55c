import { defaultReplyBy, defaultReplyDays, isReplyOverdue, redListUrges, urgeState } from '@/domain/urge'
import type { UrgeState } from '@/domain/model/item'
import { progressUpdate, reply, update, urge } from './fixtures'

describe('urgeState', () => {
  it('no updates: nothing open', () => {
    expect(urgeState([])).toEqual({ count: 0, open: 0, replyBy: null, redList: false })
  })

  it('counts every urge and the open ones', () => {
    expect(urgeState([urge('2026-04-01', '2026-04-05'), urge('2026-04-03', '2026-04-08')])).toEqual({
      count: 2,
      open: 2,
      replyBy: '2026-04-05',
      redList: false,
    })
  })

  it('a reply answers every urge before it, but the count keeps them', () => {
    const state = urgeState([urge('2026-04-01', '2026-04-05'), urge('2026-04-03', '2026-04-08'), reply('2026-04-04')])
    expect(state).toEqual({ count: 2, open: 0, replyBy: null, redList: false })
  })

  it('an urge after the reply opens again', () => {
    const state = urgeState([urge('2026-04-01', '2026-04-05'), reply('2026-04-04'), urge('2026-04-10', '2026-04-15')])
    expect(state).toEqual({ count: 2, open: 1, replyBy: '2026-04-15', redList: false })
  })

  it('other updates answer nothing', () => {
    const state = urgeState([
      urge('2026-04-01', '2026-04-05'),
      progressUpdate('2026-04-02', 30),
      update('inspection', '2026-04-03'),
      update('instruction', '2026-04-03'),
      update('status', '2026-04-04', { fromStatus: 'planned', toStatus: 'in_progress' }),
    ])
    expect(state.open).toBe(1)
    expect(state.replyBy).toBe('2026-04-05')
  })

  it(`the ${redListUrges}rd unanswered urge puts the item on the red list`, () => {
    const two = [urge('2026-04-01', '2026-04-05'), urge('2026-04-06', '2026-04-09')]
    expect(urgeState(two).redList).toBe(false)
    const three = [...two, urge('2026-04-10', '2026-04-12')]
    expect(urgeState(three)).toEqual({ count: 3, open: 3, replyBy: '2026-04-05', redList: true })
  })

  it('a reply takes the item off the red list', () => {
    const urges = [urge('2026-04-01', '2026-04-05'), urge('2026-04-06', '2026-04-09'), urge('2026-04-10', '2026-04-12')]
    expect(urgeState([...urges, reply('2026-04-11')]).redList).toBe(false)
  })

  it('three urges split by a reply are not three unanswered urges', () => {
    const state = urgeState([
      urge('2026-04-01', '2026-04-05'),
      urge('2026-04-02', '2026-04-05'),
      reply('2026-04-03'),
      urge('2026-04-04', '2026-04-09'),
    ])
    expect(state).toMatchObject({ count: 3, open: 1, redList: false })
  })

  it('replyBy is the earliest among the open urges, whatever their order', () => {
    const state = urgeState([
      urge('2026-04-01', '2026-04-20'),
      urge('2026-04-02', '2026-04-10'),
      urge('2026-04-03', '2026-04-15'),
    ])
    expect(state.replyBy).toBe('2026-04-10')
  })

  it('an urge without a reply-by date leaves replyBy to the others', () => {
    expect(urgeState([urge('2026-04-01')]).replyBy).toBeNull()
    expect(urgeState([urge('2026-04-01'), urge('2026-04-02', '2026-04-09')]).replyBy).toBe('2026-04-09')
  })
})

describe('isReplyOverdue', () => {
  const open = (replyBy: string | null, openCount = 1): UrgeState => ({
    count: openCount,
    open: openCount,
    replyBy,
    redList: false,
  })

  it.each([
    ['the day before reply-by', '2026-04-09', false],
    ['on the reply-by date', '2026-04-10', false],
    ['the day after reply-by', '2026-04-11', true],
  ])('%s (%s) → %s', (_label, today, expected) => {
    expect(isReplyOverdue(open('2026-04-10'), today)).toBe(expected)
  })

  it('nothing open → never overdue', () => {
    expect(isReplyOverdue({ count: 4, open: 0, replyBy: '2026-04-10', redList: false }, '2026-05-01')).toBe(false)
  })

  it('open without a reply-by date → not overdue', () => {
    expect(isReplyOverdue(open(null), '2026-05-01')).toBe(false)
  })

  it('follows urgeState: answered urges are no longer overdue', () => {
    const urges = [urge('2026-04-01', '2026-04-05')]
    expect(isReplyOverdue(urgeState(urges), '2026-04-06')).toBe(true)
    expect(isReplyOverdue(urgeState([...urges, reply('2026-04-06')]), '2026-04-06')).toBe(false)
  })
})

describe('defaultReplyBy', () => {
  it('gives the owner a week, across a month’s end', () => {
    expect(defaultReplyDays).toBe(7)
    expect(defaultReplyBy('2026-06-10')).toBe('2026-06-17')
    expect(defaultReplyBy('2026-06-28')).toBe('2026-07-05')
  })
})
