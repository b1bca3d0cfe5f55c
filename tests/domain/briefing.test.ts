import {
  buildBriefing,
  datePhrase,
  isMonthEnd,
  monthEnd,
  previousMonthEnd,
  redListReason,
  struckOffBetween,
  type BriefingInput,
} from '@/domain/briefing'
import { briefingDemands } from '@/domain/briefing-demands'
import { rankingWords } from '@/domain/briefing-rank'
import { addDays, type IsoDate } from '@/domain/dates'
import { snapshotAt, type ItemRecord } from '@/domain/history'
import { itemViewAsOf } from '@/domain/item-as-of'
import type { Update } from '@/domain/model/update'
import { redListRule } from '@/domain/red-list'
import { statsByUnit, summarize } from '@/domain/stats'
import { urgeState } from '@/domain/urge'
import { tp } from '@/lib/strings/page-strings'
import { createSeed } from '@/core/seed/create-seed'
import { campaign, itemRecord, list, satisfaction, statusUpdate, update, urge } from './fixtures'

/** No demand filed: the demand figures of a briefing about items only. */
const noDemands = briefingDemands([], () => null, { since: '2000-01-01', asOf: '2000-01-01' })

describe('briefing dates', () => {
  it('knows month ends, also in February and leap years', () => {
    expect(monthEnd('2026-02-10')).toBe('2026-02-28')
    expect(monthEnd('2024-02-10')).toBe('2024-02-29')
    expect(monthEnd('2026-12-01')).toBe('2026-12-31')
    expect(isMonthEnd('2026-11-30')).toBe(true)
    expect(isMonthEnd('2026-11-29')).toBe(false)
  })

  it('takes the last briefing to be the end of the month before the as-of date', () => {
    expect(previousMonthEnd('2021-06-01')).toBe('2021-05-31')
    expect(previousMonthEnd('2021-05-31')).toBe('2021-04-30')
    expect(previousMonthEnd('2026-01-15')).toBe('2025-12-31')
    expect(previousMonthEnd('2026-03-31')).toBe('2026-02-28')
  })

  it('names a month end 月底, as the source documents do, and any other day by its date', () => {
    expect(datePhrase('2021-05-31')).toBe('5月底')
    expect(datePhrase('2021-06-01')).toBe('6月1日')
    expect(datePhrase('2026-11-15')).toBe('11月15日')
  })
})

// ---------------------------------------------------------------------------------------------------
// The seeded campaign, briefed as the client does it: from the stats endpoints' answers (here the
// domain functions behind them) as of the date.

const today: IsoDate = '2021-06-01'
const seed = createSeed({ today })
const updatesByItem = new Map<string, Update[]>()
for (const update of seed.updates) {
  const list = updatesByItem.get(update.itemId)
  if (list) list.push(update)
  else updatesByItem.set(update.itemId, [update])
}

/** GET /items?…&sort=deadline as of a date, as the backends answer it: the item views, earliest deadline first. */
function viewsAsOf(records: readonly ItemRecord[], updates: ReadonlyMap<string, Update[]>, asOf: IsoDate) {
  return records
    .flatMap((record) => itemViewAsOf(record, updates.get(record.id) ?? [], asOf) ?? [])
    .sort((a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : a.code < b.code ? -1 : 1))
}

const seedRecords = new Map(seed.items.map((record) => [record.id, record]))
const seedStatusAsOf = (itemId: string, asOf: IsoDate) => {
  const record = seedRecords.get(itemId)
  return record ? (snapshotAt(record, updatesByItem.get(itemId) ?? [], asOf)?.status ?? null) : null
}

function seededInput(asOf: IsoDate, unitId: string | null = null, since = previousMonthEnd(asOf)): BriefingInput {
  const views = viewsAsOf(seed.items, updatesByItem, asOf).filter((view) => unitId === null || view.unitId === unitId)
  const overdue = views.filter((view) => view.overdue)
  const redList = views.filter((view) => view.urge.redList)
  return {
    campaign: seed.campaign,
    units: seed.units,
    asOf,
    since,
    unitId,
    summary: summarize(seed.campaign, seed.items, updatesByItem, seed.demands, asOf),
    unitStats: seed.campaign.lists.map((list) => ({
      listId: list.id,
      units: statsByUnit(seed.items, updatesByItem, list.id, asOf),
    })),
    overdue: { items: overdue.slice(0, 200), total: overdue.length },
    redList: { items: redList.slice(0, 200), total: redList.length },
    struckOff: struckOffBetween(seed.items, updatesByItem, since, asOf, { unitId }),
    demands: briefingDemands(seed.demands, (id) => seedStatusAsOf(id, asOf), { since, asOf, unitId }),
  }
}

describe('buildBriefing on the seeded campaign', () => {
  it('names 471, 231, 100 and 34 at today, in the words of the source documents', () => {
    const briefing = buildBriefing(seededInput(today))
    expect(briefing.paragraph).toContain('截至6月1日，')
    expect(briefing.paragraph).toContain(
      '基层“双百”行动共梳理出实事项目471件，完成231件，其中100件重点实事项目完成34件',
    )
    expect(briefing.paragraph).toContain('机关部门为基层解决“N件难题”24件，完成10件')
    expect(briefing.paragraph).toContain('集团党委“8件实事”8件，正有序推进中')
    for (const figure of ['471', '231', '100', '34']) expect(briefing.paragraph).toContain(figure)
  })

  it('has the figures of the stats as of the chosen date, whole campaign and per list', () => {
    for (const asOf of [today, addDays(today, -30), '2021-04-30']) {
      const input = seededInput(asOf)
      const briefing = buildBriefing(input)
      const summary = summarize(seed.campaign, seed.items, updatesByItem, seed.demands, asOf)
      for (const row of briefing.lists) {
        const stats = summary.lists.find((entry) => entry.listId === row.listId)!
        expect(row).toMatchObject({
          total: stats.total,
          done: stats.done,
          closed: stats.closed,
          keyTotal: stats.keyTotal,
          keyDone: stats.keyDone,
          overdue: stats.overdue,
          surveyed: stats.surveyed,
          satisfied: stats.satisfied,
        })
      }
      const sum = (pick: (row: (typeof summary.lists)[number]) => number) =>
        summary.lists.reduce((total, row) => total + pick(row), 0)
      expect(briefing.totals).toMatchObject({
        total: sum((r) => r.total),
        done: sum((r) => r.done),
        closed: sum((r) => r.closed),
        overdue: sum((r) => r.overdue),
      })
      expect(briefing.overdue.total).toBe(briefing.totals.overdue)
      expect(briefing.paragraph).toContain(`共有实事项目${briefing.totals.total}件，已完成${briefing.totals.done}件`)
      expect(briefing.paragraph).toContain(`其中已事结销号${briefing.totals.closed}件`)
    }
  })

  it('counts as struck off since the last briefing exactly the growth of `closed` between the two dates', () => {
    const asOf = addDays(today, -1)
    const since = addDays(today, -31)
    const closed = (date: IsoDate) =>
      summarize(seed.campaign, seed.items, updatesByItem, seed.demands, date).lists.reduce(
        (total, row) => total + row.closed,
        0,
      )
    const struck = struckOffBetween(seed.items, updatesByItem, since, asOf)
    expect(struck.length).toBeGreaterThan(0)
    expect(struck.length).toBe(closed(asOf) - closed(since))
    expect(struck.every((item) => item.closedOn > since && item.closedOn <= asOf)).toBe(true)
    expect(struck.map((item) => item.closedOn)).toEqual([...struck.map((item) => item.closedOn)].sort())
    const briefing = buildBriefing(seededInput(asOf, null, since))
    expect(briefing.paragraph).toContain(`自${datePhrase(since)}以来，新事结销号项目${struck.length}件。`)
  })

  it('ranks units by completion, equal rates sharing a place, and places the chosen unit among them', () => {
    const briefing = buildBriefing(seededInput(today, 'zhuzhuang'))
    const ranking = briefing.rankings.find((entry) => entry.listId === 'double-hundred')!
    expect(ranking.rows.length).toBeGreaterThanOrEqual(18)
    ranking.rows.forEach((row, index) => {
      const previous = ranking.rows[index - 1]
      if (!previous) return expect(row.rank).toBe(1)
      expect(previous.completion).toBeGreaterThanOrEqual(row.completion)
      expect(row.rank).toBe(previous.completion === row.completion ? previous.rank : index + 1)
    })
    const mine = ranking.rows.find((row) => row.unitId === 'zhuzhuang')!
    expect(ranking.unitRank).toBe(rankingWords.place(mine.rank, mine.tied))
    expect(briefing.unit).toEqual({ id: 'zhuzhuang', name: '朱庄矿' })
    expect(briefing.lists.map((row) => row.listId)).toEqual(['double-hundred'])
    expect(briefing.lists[0]).toMatchObject({ total: mine.total, done: mine.done })
    expect(briefing.paragraph).toMatch(
      new RegExp(`^截至6月1日，朱庄矿共有实事项目${mine.total}件，已完成${mine.done}件`),
    )
    expect(briefing.paragraph).toContain(
      `在基层“双百”行动${ranking.rows.length}个责任单位中完成率排${rankingWords.place(mine.rank, mine.tied)}位`,
    )
  })
})

describe('buildBriefing on a hand-made campaign', () => {
  const theCampaign = campaign({
    lists: [list('eight', 'group'), list('dh', 'grassroots', { keyTarget: 2, name: '基层“双百”行动' })],
  })
  const records = [
    itemRecord({ id: 'a', code: 'SB-001', unitId: 'u1', key: true, status: 'closed', progress: 100 }),
    itemRecord({ id: 'b', code: 'SB-002', unitId: 'u1', status: 'in_progress' }),
    itemRecord({ id: 'c', code: 'SB-003', unitId: 'u2', status: 'planned' }),
  ]
  const updates = new Map<string, Update[]>([
    [
      'a',
      [
        statusUpdate('2026-04-01', 'planned', 'in_progress'),
        statusUpdate('2026-04-20', 'in_progress', 'done'),
        satisfaction('2026-04-25', 20, 19),
        statusUpdate('2026-05-03', 'done', 'closed'),
      ],
    ],
  ])

  it('says when nobody was surveyed and no item is overdue, and skips empty lists', () => {
    const asOf = '2026-04-30'
    const input: BriefingInput = {
      campaign: theCampaign,
      units: [
        { id: 'u1', name: '一矿' },
        { id: 'u2', name: '二矿' },
      ],
      asOf,
      since: previousMonthEnd(asOf),
      unitId: null,
      summary: summarize(theCampaign, records, new Map(), [], asOf),
      unitStats: [{ listId: 'dh', units: statsByUnit(records, new Map(), 'dh', asOf) }],
      overdue: { items: [], total: 0 },
      redList: { items: [], total: 0 },
      struckOff: [],
      demands: noDemands,
    }
    const briefing = buildBriefing(input)
    expect(briefing.lists.map((row) => row.listId)).toEqual(['eight', 'dh'])
    expect(briefing.paragraph).not.toContain('eight 清单')
    expect(briefing.paragraph).toContain('目前没有逾期未完成的项目')
    expect(briefing.paragraph).toContain('自3月底以来，没有新事结销号的项目。')
    expect(briefing.paragraph).toContain('尚未开展满意度回访')
    expect(briefing.totals.satisfaction).toBeNull()
  })

  it('reports satisfaction and resolution rates from the replayed updates', () => {
    const asOf = '2026-05-31'
    const struck = struckOffBetween(records, updates, previousMonthEnd(asOf), asOf)
    expect(struck).toEqual([
      {
        id: 'a',
        code: 'SB-001',
        title: records[0]!.title,
        listId: 'dh',
        unitId: 'u1',
        key: true,
        closedOn: '2026-05-03',
        surveyed: 20,
        satisfied: 19,
      },
    ])
    const briefing = buildBriefing({
      campaign: theCampaign,
      units: [{ id: 'u1', name: '一矿' }],
      asOf,
      since: previousMonthEnd(asOf),
      unitId: null,
      summary: summarize(theCampaign, records, updates, [], asOf),
      unitStats: [],
      overdue: { items: [], total: 0 },
      redList: { items: [], total: 0 },
      struckOff: struck,
      demands: noDemands,
    })
    const dh = briefing.lists.find((row) => row.listId === 'dh')!
    expect(dh).toMatchObject({ surveyed: 20, satisfied: 19, satisfaction: 0.95, closed: 1 })
    expect(dh.resolution).toBeCloseTo(1 / 3)
    expect(briefing.struckOff[0]).toMatchObject({ unitName: '一矿', listName: '基层“双百”行动', satisfaction: 0.95 })
    expect(briefing.paragraph).toContain('跟踪问效回访职工20人次，满意19人次，满意率95%；事结销号率33%。')
    expect(briefing.paragraph).toContain('自4月底以来，新事结销号项目1件。')
  })
})

// ---------------------------------------------------------------------------------------------------
// Accountability (issue 22): the red list (红榜) named with its reasons, and the deadlines extended.

const redListWords = `${redListRule.missedUrges}次及以上催办逾期未回复或超期超过${redListRule.overdueDays}天`

describe('the red list and extensions in the briefing, seeded campaign', () => {
  for (const [label, asOf, unitId] of [
    ['the whole campaign today', today, null],
    ['the whole campaign a month ago', addDays(today, -30), null],
    ['one unit today', today, 'zhuzhuang'],
  ] as const) {
    it(`counts and names the red list by the stats as of the date: ${label}`, () => {
      const input = seededInput(asOf, unitId)
      const briefing = buildBriefing(input)
      const stats =
        unitId === null
          ? input.summary.lists
          : input.unitStats.flatMap((entry) => entry.units.filter((row) => row.unitId === unitId))
      const redListed = stats.reduce((sum, row) => sum + row.redListed, 0)
      const extended = stats.reduce((sum, row) => sum + row.extended, 0)
      expect(briefing.totals.redListed).toBe(redListed)
      expect(briefing.totals.extended).toBe(extended)
      expect(briefing.redList.total).toBe(redListed)
      expect(briefing.redList.rows.map((row) => row.code)).toEqual(input.redList.items.map((item) => item.code))
      expect(briefing.paragraph).toContain(
        redListed > 0 ? `列入红榜项目${redListed}件（${redListWords}）。` : '没有列入红榜的项目。',
      )
      expect(briefing.paragraph).toContain(extended > 0 ? `经审批延期项目${extended}件。` : '没有经审批延期的项目。')
    })
  }

  it('gives each red-listed item the reason the rule put it there', () => {
    const briefing = buildBriefing(seededInput(today))
    expect(briefing.redList.rows.length).toBeGreaterThan(0)
    for (const row of briefing.redList.rows) {
      const missed = urgeState(updatesByItem.get(row.itemId) ?? [], today).missed
      const { reason } = row
      // On the list by its urges or by its days overdue, and the reason says which.
      expect(missed >= redListRule.missedUrges || reason.daysOverdue > redListRule.overdueDays).toBe(true)
      expect(reason.missedUrges).toBe(missed)
      expect(row.unitName).not.toBe('')
      expect(tp.redList.reason(reason)).not.toBe('')
    }
  })
})

describe('the red list and extensions in the briefing, hand-made', () => {
  const theCampaign = campaign({ lists: [list('dh', 'grassroots', { name: '基层“双百”行动' })] })
  const asOf = '2026-04-30'
  const records = [
    // 41 days past its deadline on the 30th.
    itemRecord({ id: 'late', code: 'SB-001', unitId: 'u1', deadline: '2026-03-20', status: 'in_progress' }),
    // Two urges past their reply-by dates, never answered; the deadline still ahead.
    itemRecord({ id: 'urged', code: 'SB-002', unitId: 'u2', status: 'in_progress', key: true }),
    // Overdue, but by less than the rule's days: not on the list.
    itemRecord({ id: 'slow', code: 'SB-003', unitId: 'u2', deadline: '2026-04-15', status: 'in_progress' }),
    // Its deadline (stored as it is now) moved from 04-20 by an approved extension request: not overdue.
    itemRecord({ id: 'moved', code: 'SB-004', unitId: 'u1', deadline: '2026-06-30', status: 'in_progress' }),
  ]
  const updates = new Map<string, Update[]>([
    ['urged', [urge('2026-04-01', '2026-04-08'), urge('2026-04-10', '2026-04-17')]],
    [
      'moved',
      [
        update('extension', '2026-04-12', { deadline: '2026-06-30', note: '设备到货延迟', authorRole: 'secretary' }),
        update('extension_decision', '2026-04-14', {
          approved: true,
          changes: [{ field: 'deadline', before: '2026-04-20', after: '2026-06-30' }],
        }),
      ],
    ],
  ])
  const units = [
    { id: 'u1', name: '一矿' },
    { id: 'u2', name: '二矿' },
  ]
  const views = viewsAsOf(records, updates, asOf)
  const input = (redList = views.filter((view) => view.urge.redList)): BriefingInput => ({
    campaign: theCampaign,
    units,
    asOf,
    since: previousMonthEnd(asOf),
    unitId: null,
    summary: summarize(theCampaign, records, updates, [], asOf),
    unitStats: [],
    overdue: { items: [], total: 0 },
    redList: { items: redList, total: redList.length },
    struckOff: [],
    demands: noDemands,
  })

  it('names the red-listed items, their units and why, and counts the extension', () => {
    const briefing = buildBriefing(input())
    expect(briefing.totals).toMatchObject({ redListed: 2, extended: 1, overdue: 2 })
    expect(briefing.redList.total).toBe(2)
    expect(briefing.redList.rows).toEqual([
      {
        itemId: 'late',
        code: 'SB-001',
        title: records[0]!.title,
        listName: '基层“双百”行动',
        unitName: '一矿',
        key: false,
        reason: { missedUrges: 0, daysOverdue: 41 },
      },
      {
        itemId: 'urged',
        code: 'SB-002',
        title: records[1]!.title,
        listName: '基层“双百”行动',
        unitName: '二矿',
        key: true,
        reason: { missedUrges: 2, daysOverdue: 0 },
      },
    ])
    expect(briefing.paragraph).toContain(
      `目前逾期未完成项目2件，亮红灯项目4件。列入红榜项目2件（${redListWords}）。经审批延期项目1件。`,
    )
  })

  it('says so when nothing is on the red list or extended', () => {
    const early = '2026-04-05'
    const briefing = buildBriefing({
      ...input([]),
      asOf: early,
      summary: summarize(theCampaign, records, updates, [], early),
    })
    expect(briefing.totals).toMatchObject({ redListed: 0, extended: 0 })
    expect(briefing.redList).toEqual({ rows: [], total: 0 })
    expect(briefing.paragraph).toContain('没有列入红榜的项目。没有经审批延期的项目。')
  })

  it('reads the missed urges the item carries, and words each reason as the briefing prints it', () => {
    const item = { status: 'in_progress', deadline: '2026-03-20' } as const
    expect(redListReason({ ...item, urge: { missed: 2 } }, asOf)).toEqual({ missedUrges: 2, daysOverdue: 41 })
    // A finished item is not overdue.
    expect(redListReason({ ...item, status: 'done', urge: { missed: 0 } }, asOf).daysOverdue).toBe(0)

    const words = tp.redList.reason
    expect(words({ missedUrges: 2, daysOverdue: 0 })).toBe('2 次催办逾期未回复')
    expect(words({ missedUrges: 0, daysOverdue: 35 })).toBe('逾期 35 天')
    expect(words({ missedUrges: 3, daysOverdue: 35 })).toBe('3 次催办逾期未回复；逾期 35 天')
  })
})
