import type { ItemRecord } from '@/domain/history'
import type { Demand } from '@/domain/model/demand'
import type { ListStats } from '@/domain/model/stats'
import type { Update } from '@/domain/model/update'
import {
  completionRate,
  emptyCounts,
  resolutionRate,
  satisfactionRate,
  statsByUnit,
  summarize,
  trend,
  type UpdatesByItem,
} from '@/domain/stats'
import {
  at,
  campaign,
  demand,
  itemRecord,
  list,
  progressUpdate,
  reply,
  satisfaction,
  statusUpdate,
  urge,
} from './fixtures'

// A hand-made campaign: 5 items in `eight` (group level), 6 in `dh` (grassroots, 3 key items), none in `n`.
// Campaign from Monday 2026-03-02; items created 03-02 and due 12-31 unless noted.
// Today is 2026-05-31 (schedule expects 30 % of a 304-day item); the earlier date is 2026-04-15 (expects 14 %).
const theCampaign = campaign({
  lists: [list('eight', 'group'), list('dh', 'grassroots', { keyTarget: 3 }), list('n', 'department')],
})
const today = '2026-05-31'
const earlier = '2026-04-15'

type Fixture = { record: ItemRecord; updates: Update[] }
const fixture = (id: string, record: Partial<ItemRecord>, updates: Update[]): Fixture => ({
  record: itemRecord({ id, code: id.toUpperCase(), ...record }),
  updates: updates.map((u) => ({ ...u, itemId: id })),
})
const start = (date: string) => statusUpdate(date, 'planned', 'in_progress')

const fixtures: Fixture[] = [
  // ---- eight ----
  // a1: never started. Today: red (nothing for 90 days). Earlier: red.
  fixture('a1', { listId: 'eight', unitId: 'group' }, []),
  // a2: under way, 40 % on 05-20. Today: green. Earlier: in progress at 0 %, nothing since 03-10 → red.
  fixture('a2', { listId: 'eight', unitId: 'group', status: 'in_progress', progress: 40 }, [
    start('2026-03-10'),
    progressUpdate('2026-05-20', 40),
  ]),
  // a3: done at Monday 2026-04-20 00:00 China time. Earlier: in progress, stale → red.
  fixture('a3', { listId: 'eight', unitId: 'group', status: 'done', progress: 100 }, [
    start('2026-03-10'),
    progressUpdate('2026-04-19T16:00:00Z', 100),
    statusUpdate('2026-04-19T16:00:00Z', 'in_progress', 'done'),
  ]),
  // a4: done 04-01, surveyed 10 / 9 satisfied, struck off Sunday 2026-04-12 at 23:59 China time.
  fixture('a4', { listId: 'eight', unitId: 'dept-hr', status: 'closed', progress: 100, completionNote: '已办结' }, [
    start('2026-03-05'),
    progressUpdate('2026-04-01', 100),
    statusUpdate('2026-04-01', 'in_progress', 'done'),
    satisfaction('2026-04-10', 10, 9),
    statusUpdate('2026-04-12T15:59:00Z', 'done', 'closed'),
  ]),
  // a5: due 05-15, still at 50 %: overdue and red today, three unanswered urges → red list.
  // Earlier: 59 % expected of a 74-day schedule, 0 % reported → red, not yet overdue.
  fixture('a5', { listId: 'eight', unitId: 'dept-hr', deadline: '2026-05-15', status: 'in_progress', progress: 50 }, [
    start('2026-03-10'),
    urge('2026-05-16', '2026-05-18'),
    urge('2026-05-20', '2026-05-22'),
    progressUpdate('2026-05-25', 50),
    urge('2026-05-26', '2026-05-28'),
  ]),
  // ---- dh ----
  // b1: key, due 05-15, done Wednesday 05-13. Earlier: in progress, red.
  fixture('b1', { listId: 'dh', unitId: 'u-zhu', key: true, deadline: '2026-05-15', status: 'done', progress: 100 }, [
    start('2026-03-09'),
    progressUpdate('2026-05-13', 100),
    statusUpdate('2026-05-13', 'in_progress', 'done'),
  ]),
  // b2: key, 10 % on 05-28: 20 points behind → yellow today. Earlier: red.
  fixture('b2', { listId: 'dh', unitId: 'u-zhu', key: true, status: 'in_progress', progress: 10 }, [
    start('2026-03-09'),
    progressUpdate('2026-05-28', 10),
  ]),
  // b3: done Friday 04-10, reopened Tuesday 05-05 at 90 %: nothing since → yellow today (26 days). Earlier: done.
  fixture('b3', { listId: 'dh', unitId: 'u-zhu', status: 'in_progress', progress: 90 }, [
    start('2026-03-09'),
    progressUpdate('2026-04-10', 100),
    statusUpdate('2026-04-10', 'in_progress', 'done'),
    statusUpdate('2026-05-05', 'done', 'in_progress'),
    progressUpdate('2026-05-05', 90),
  ]),
  // b4: created 05-01, never started: 12 % expected, 30 days quiet → yellow today. Earlier: did not exist.
  fixture('b4', { listId: 'dh', unitId: 'u-lu', createdAt: at('2026-05-01') }, []),
  // b5: two urges answered on 04-08, a third one open; 35 % on 05-27 → green today and earlier.
  fixture('b5', { listId: 'dh', unitId: 'u-lu', status: 'in_progress', progress: 35 }, [
    start('2026-03-09'),
    urge('2026-04-01', '2026-04-05'),
    urge('2026-04-05', '2026-04-08'),
    reply('2026-04-08'),
    progressUpdate('2026-05-27', 35),
    urge('2026-05-29', '2026-06-05'),
  ]),
  // b6: key, done Sunday 05-03 at 23:59 China time, surveyed 20 / 15, struck off Tuesday 05-12. Earlier: red.
  fixture(
    'b6',
    { listId: 'dh', unitId: 'u-lu', key: true, status: 'closed', progress: 100, completionNote: '已办结' },
    [
      start('2026-03-09'),
      progressUpdate('2026-05-03T15:59:00Z', 100),
      statusUpdate('2026-05-03T15:59:00Z', 'in_progress', 'done'),
      satisfaction('2026-05-10', 20, 15),
      statusUpdate('2026-05-12', 'done', 'closed'),
    ],
  ),
]
const records = fixtures.map((f) => f.record)
const updatesByItem: UpdatesByItem = new Map(fixtures.map((f) => [f.record.id, f.updates]))

const demands: Demand[] = [
  demand({ id: 'd1', channel: 'symposium', submittedAt: at('2026-03-01'), status: 'adopted', itemId: 'a4' }),
  demand({ id: 'd2', channel: 'echo_wall', submittedAt: at('2026-03-01'), status: 'adopted', itemId: 'b1' }),
  demand({
    id: 'd3',
    channel: 'echo_wall',
    submittedAt: at('2026-03-05'),
    status: 'answered',
    itemId: 'b2',
    reply: '已纳入项目',
  }),
  demand({ id: 'd4', channel: 'qr_form', submittedAt: at('2026-03-20'), status: 'rejected', reply: '不属于本次范围' }),
  demand({ id: 'd5', channel: 'qr_form', submittedAt: at('2026-04-20'), status: 'new' }),
  demand({ id: 'd6', channel: 'talk_room', submittedAt: at('2026-05-02'), status: 'adopted', itemId: 'b4' }),
  demand({ id: 'd7', channel: 'diary', submittedAt: at('2026-03-15'), status: 'merged', mergedInto: 'd2' }),
  demand({ id: 'd8', channel: 'complaint_board', submittedAt: at('2026-04-01'), status: 'adopted', itemId: 'ghost' }),
  // A stale link on a rejected demand counts as no link.
  demand({
    id: 'd9',
    channel: 'complaint_board',
    submittedAt: at('2026-04-01'),
    status: 'rejected',
    reply: '重复',
    itemId: 'a4',
  }),
]

type Counts = Omit<ListStats, 'listId'>
const counts = (overrides: Partial<Counts>): Counts => ({ ...emptyCounts(), ...overrides })

describe('summarize', () => {
  describe('as of today', () => {
    const summary = summarize(theCampaign, records, updatesByItem, demands, today)

    it('answers for every list of the campaign, in campaign order', () => {
      expect(summary.asOf).toBe(today)
      expect(summary.lists.map((l) => l.listId)).toEqual(['eight', 'dh', 'n'])
    })

    it('eight', () => {
      expect(summary.lists[0]).toEqual({
        listId: 'eight',
        ...counts({
          total: 5,
          planned: 1,
          inProgress: 2,
          done: 2,
          closed: 1,
          overdue: 1,
          redListed: 1,
          lights: { red: 2, yellow: 0, green: 1 },
          surveyed: 10,
          satisfied: 9,
        }),
      })
    })

    it('dh', () => {
      expect(summary.lists[1]).toEqual({
        listId: 'dh',
        ...counts({
          total: 6,
          planned: 1,
          inProgress: 3,
          done: 2,
          closed: 1,
          keyTotal: 3,
          keyDone: 2,
          lights: { red: 0, yellow: 3, green: 1 },
          surveyed: 20,
          satisfied: 15,
        }),
      })
    })

    it('a list without items counts zeros', () => {
      expect(summary.lists[2]).toEqual({ listId: 'n', ...emptyCounts() })
    })

    it('demands', () => {
      expect(summary.demands).toEqual({
        total: 9,
        byStatus: { new: 1, adopted: 4, answered: 1, rejected: 2, merged: 1 },
        byChannel: {
          symposium: 1,
          reception_day: 0,
          echo_wall: 2,
          complaint_board: 2,
          talk_room: 1,
          qr_form: 2,
          questionnaire: 0,
          diary: 1,
        },
        // d1 (a4 struck off), d2 (b1 done), d3 (b2), d6 (b4); d8 points at no item; d9 is rejected.
        linked: 4,
        linkedDone: 2,
        linkedClosed: 1,
      })
    })

    it('the whole is the sum of its parts', () => {
      for (const l of summary.lists) {
        expect(l.planned + l.inProgress + l.done).toBe(l.total)
        expect(l.lights.red + l.lights.yellow + l.lights.green).toBe(l.total - l.done)
      }
    })
  })

  describe('as of an earlier date', () => {
    const summary = summarize(theCampaign, records, updatesByItem, demands, earlier)

    it('eight', () => {
      expect(summary.lists[0]).toEqual({
        listId: 'eight',
        ...counts({
          total: 5,
          planned: 1,
          inProgress: 3,
          done: 1,
          closed: 1,
          lights: { red: 4, yellow: 0, green: 0 },
          surveyed: 10,
          satisfied: 9,
        }),
      })
    })

    it('dh (b4 did not exist yet; b3 was done before its reopening)', () => {
      expect(summary.lists[1]).toEqual({
        listId: 'dh',
        ...counts({
          total: 5,
          inProgress: 4,
          done: 1,
          keyTotal: 3,
          keyDone: 0,
          lights: { red: 3, yellow: 0, green: 1 },
        }),
      })
    })

    it('demands submitted by then, against the items as they stood then', () => {
      expect(summary.demands).toEqual({
        total: 7,
        byStatus: { new: 0, adopted: 3, answered: 1, rejected: 2, merged: 1 },
        byChannel: {
          symposium: 1,
          reception_day: 0,
          echo_wall: 2,
          complaint_board: 2,
          talk_room: 0,
          qr_form: 1,
          questionnaire: 0,
          diary: 1,
        },
        // d1 → a4 (struck off 04-12), d2 → b1 (in progress then), d3 → b2.
        linked: 3,
        linkedDone: 1,
        linkedClosed: 1,
      })
    })
  })

  it('before the campaign: every item still unborn', () => {
    const summary = summarize(theCampaign, records, updatesByItem, demands, '2026-02-28')
    expect(summary.lists.every((l) => l.total === 0)).toBe(true)
    expect(summary.demands.total).toBe(0)
  })

  it('items of a list the campaign does not have are left out of the lists', () => {
    const stray = itemRecord({ id: 'x1', listId: 'gone' })
    const summary = summarize(theCampaign, [...records, stray], updatesByItem, [], today)
    expect(summary.lists.reduce((sum, l) => sum + l.total, 0)).toBe(11)
  })
})

describe('statsByUnit', () => {
  it('one list, ordered by unit id', () => {
    expect(statsByUnit(records, updatesByItem, 'dh', today)).toEqual([
      {
        unitId: 'u-lu',
        ...counts({
          total: 3,
          planned: 1,
          inProgress: 1,
          done: 1,
          closed: 1,
          keyTotal: 1,
          keyDone: 1,
          lights: { red: 0, yellow: 1, green: 1 },
          surveyed: 20,
          satisfied: 15,
        }),
      },
      {
        unitId: 'u-zhu',
        ...counts({
          total: 3,
          inProgress: 2,
          done: 1,
          keyTotal: 2,
          keyDone: 1,
          lights: { red: 0, yellow: 2, green: 0 },
        }),
      },
    ])
  })

  it('all lists', () => {
    const units = statsByUnit(records, updatesByItem, null, today)
    expect(units.map((u) => [u.unitId, u.total])).toEqual([
      ['dept-hr', 2],
      ['group', 3],
      ['u-lu', 3],
      ['u-zhu', 3],
    ])
    expect(units[0]).toEqual({
      unitId: 'dept-hr',
      ...counts({
        total: 2,
        inProgress: 1,
        done: 1,
        closed: 1,
        overdue: 1,
        redListed: 1,
        lights: { red: 1, yellow: 0, green: 0 },
        surveyed: 10,
        satisfied: 9,
      }),
    })
  })

  it('as of an earlier date, items not yet created are left out', () => {
    const units = statsByUnit(records, updatesByItem, 'dh', earlier)
    expect(units.map((u) => [u.unitId, u.total, u.done])).toEqual([
      ['u-lu', 2, 0],
      ['u-zhu', 3, 1],
    ])
  })

  it('units without items in the list are left out', () => {
    expect(statsByUnit(records, updatesByItem, 'n', today)).toEqual([])
  })
})

describe('trend', () => {
  const weeks = [
    '03-02',
    '03-09',
    '03-16',
    '03-23',
    '03-30',
    '04-06',
    '04-13',
    '04-20',
    '04-27',
    '05-04',
    '05-11',
    '05-18',
    '05-25',
  ].map((d) => `2026-${d}`)

  it('one point per Monday-based week from the campaign start to asOf', () => {
    const result = trend(theCampaign, records, updatesByItem, 'dh', today)
    expect(result.listId).toBe('dh')
    expect(result.asOf).toBe(today)
    expect(result.weeks.map((w) => w.weekStart)).toEqual(weeks)
  })

  it('dh: cumulative done counts the reopened item down again; closed and planned accumulate', () => {
    const result = trend(theCampaign, records, updatesByItem, 'dh', today)
    // b3 done 04-10 (+1), b6 done Sun 05-03 23:59 (+1), b3 reopened 05-05 (−1), b1 done 05-13 (+1).
    expect(result.weeks.map((w) => w.done)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 2, 1, 2, 2, 2])
    expect(result.weeks.map((w) => w.closed)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1])
    // b1 due Friday 05-15; everything else is due at the year end.
    expect(result.weeks.map((w) => w.planned)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1])
  })

  it('all lists', () => {
    const result = trend(theCampaign, records, updatesByItem, null, today)
    expect(result.listId).toBeNull()
    // + a4 done 04-01 and a3 done Monday 04-20 00:00 (China time) in their own weeks.
    expect(result.weeks.map((w) => w.done)).toEqual([0, 0, 0, 0, 1, 2, 2, 3, 4, 3, 4, 4, 4])
    // a4 struck off Sunday 04-12 23:59 falls in the week of 04-06.
    expect(result.weeks.map((w) => w.closed)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2])
    expect(result.weeks.map((w) => w.planned)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 2])
  })

  it('the last point agrees with the summary', () => {
    const summary = summarize(theCampaign, records, updatesByItem, [], today)
    const last = trend(theCampaign, records, updatesByItem, null, today).weeks.at(-1)
    expect(last?.done).toBe(summary.lists.reduce((sum, l) => sum + l.done, 0))
    expect(last?.closed).toBe(summary.lists.reduce((sum, l) => sum + l.closed, 0))
  })

  it('asOf in mid-week: the last week counts only what happened by asOf', () => {
    const result = trend(theCampaign, records, updatesByItem, 'dh', '2026-05-12')
    expect(result.weeks.map((w) => w.weekStart)).toEqual(weeks.slice(0, 11))
    // b6 struck off 05-12 counts; b1 done 05-13 does not.
    expect(result.weeks.at(-1)).toEqual({ weekStart: '2026-05-11', done: 1, closed: 1, planned: 1 })
  })

  it('a campaign starting mid-week starts at that Monday', () => {
    const result = trend(campaign({ startDate: '2026-03-04' }), records, updatesByItem, 'dh', '2026-03-20')
    expect(result.weeks.map((w) => w.weekStart)).toEqual(['2026-03-02', '2026-03-09', '2026-03-16'])
  })

  it('items created after asOf add nothing to the plan', () => {
    const late = itemRecord({ id: 'late', listId: 'dh', createdAt: at('2026-04-20'), deadline: '2026-04-10' })
    const before = trend(theCampaign, [late], new Map(), 'dh', '2026-04-15')
    expect(before.weeks.every((w) => w.planned === 0)).toBe(true)
    const after = trend(theCampaign, [late], new Map(), 'dh', '2026-04-20')
    expect(after.weeks.at(-1)?.planned).toBe(1)
  })

  it('before the campaign start there are no weeks', () => {
    expect(trend(theCampaign, records, updatesByItem, null, '2026-02-28').weeks).toEqual([])
  })
})

describe('rates', () => {
  it('completionRate: done ÷ total, 0 for an empty set', () => {
    expect(completionRate({ total: 0, done: 0 })).toBe(0)
    expect(completionRate({ total: 5, done: 2 })).toBe(0.4)
    expect(completionRate({ total: 4, done: 4 })).toBe(1)
  })

  it('satisfactionRate: satisfied ÷ surveyed, null when nobody was surveyed', () => {
    expect(satisfactionRate({ surveyed: 0, satisfied: 0 })).toBeNull()
    expect(satisfactionRate({ surveyed: 10, satisfied: 9 })).toBe(0.9)
  })

  it('resolutionRate: struck off ÷ total, 0 for an empty set', () => {
    expect(resolutionRate({ total: 0, closed: 0 })).toBe(0)
    expect(resolutionRate({ total: 8, closed: 2 })).toBe(0.25)
  })

  it('on the hand-made set', () => {
    const [eight, dh] = summarize(theCampaign, records, updatesByItem, [], today).lists
    expect(eight && completionRate(eight)).toBe(2 / 5)
    expect(dh && completionRate(dh)).toBe(2 / 6)
    expect(eight && resolutionRate(eight)).toBe(1 / 5)
    expect(dh && satisfactionRate(dh)).toBe(0.75)
  })
})
