import {
  buildBriefing,
  datePhrase,
  isMonthEnd,
  monthEnd,
  previousMonthEnd,
  struckOffBetween,
  type BriefingInput,
} from '@/domain/briefing'
import { addDays, type IsoDate } from '@/domain/dates'
import { itemViewAsOf } from '@/domain/item-as-of'
import type { Update } from '@/domain/model/update'
import { statsByUnit, summarize } from '@/domain/stats'
import { createSeed } from '@/core/seed/create-seed'
import { campaign, itemRecord, list, satisfaction, statusUpdate } from './fixtures'

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

function seededInput(asOf: IsoDate, unitId: string | null = null, since = previousMonthEnd(asOf)): BriefingInput {
  const overdue = seed.items
    .flatMap((record) => itemViewAsOf(record, updatesByItem.get(record.id) ?? [], asOf) ?? [])
    .filter((view) => view.overdue && (unitId === null || view.unitId === unitId))
    .sort((a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0))
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
    struckOff: struckOffBetween(seed.items, updatesByItem, since, asOf, { unitId }),
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
    expect(ranking.unitRank).toBe(mine.rank)
    expect(briefing.unit).toEqual({ id: 'zhuzhuang', name: '朱庄矿' })
    expect(briefing.lists.map((row) => row.listId)).toEqual(['double-hundred'])
    expect(briefing.lists[0]).toMatchObject({ total: mine.total, done: mine.done })
    expect(briefing.paragraph).toMatch(
      new RegExp(`^截至6月1日，朱庄矿共有实事项目${mine.total}件，已完成${mine.done}件`),
    )
    expect(briefing.paragraph).toContain(`在基层“双百”行动${ranking.rows.length}个责任单位中完成率排第${mine.rank}位`)
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
      struckOff: [],
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
      struckOff: struck,
    })
    const dh = briefing.lists.find((row) => row.listId === 'dh')!
    expect(dh).toMatchObject({ surveyed: 20, satisfied: 19, satisfaction: 0.95, closed: 1 })
    expect(dh.resolution).toBeCloseTo(1 / 3)
    expect(briefing.struckOff[0]).toMatchObject({ unitName: '一矿', listName: '基层“双百”行动', satisfaction: 0.95 })
    expect(briefing.paragraph).toContain('跟踪问效回访职工20人次，满意19人次，满意率95%；事结销号率33%。')
    expect(briefing.paragraph).toContain('自4月底以来，新事结销号项目1件。')
  })
})
