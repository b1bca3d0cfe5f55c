import { datePhrase } from './briefing-period'
import { redListReason, type BriefingRedListRow, type RedListSource } from './briefing-red-list'
import { demandShare } from './briefing-demands'
import { competitionRanks, rankingStanding, rankingWords, standingPhrase, type RankingStanding } from './briefing-rank'
import { daysBetween, type IsoDate } from './dates'
import type { BriefingDemands, StruckOffItem } from './model/briefing'
import type { Campaign, CampaignList } from './model/campaign'
import type { Item } from './model/item'
import type { ListStats, Summary, UnitStatsResponse } from './model/stats'
import type { Unit } from './model/unit'
import { redListRule } from './red-list'
import { completionRate, resolutionRate, satisfactionRate } from './stats'

// The progress briefing (通报) a supervision office writes every month: the figures as of a date, for the
// whole campaign or one unit, and the paragraph in the words of the source documents ("截至5月底，基层单位
// 共梳理出实事项目471件……完成231件，其中100件重点实事项目完成34件"). Pure: every figure comes from the
// stats it is given, the dates are parameters.

export { datePhrase, isMonthEnd, monthEnd, previousMonthEnd, struckOffBetween } from './briefing-period'
export { redListReason, type BriefingRedListRow, type RedListReason, type RedListSource } from './briefing-red-list'

// ---------------------------------------------------------------------------------------------------
// The briefing

export type BriefingCounts = Pick<
  ListStats,
  | 'total'
  | 'done'
  | 'closed'
  | 'keyTotal'
  | 'keyDone'
  | 'overdue'
  | 'redListed'
  | 'extended'
  | 'lights'
  | 'surveyed'
  | 'satisfied'
>

export type BriefingRates = {
  /** done ÷ total, 0–1. */
  completion: number
  /** satisfied ÷ surveyed, 0–1, or null when nobody was surveyed. */
  satisfaction: number | null
  /** struck off ÷ listed, 0–1. */
  resolution: number
}

export type BriefingListRow = BriefingCounts & BriefingRates & { listId: string; name: string; hasKeyItems: boolean }
export type BriefingRankRow = BriefingCounts &
  BriefingRates & {
    unitId: string
    unitName: string
    /** 1 + the number of units with a strictly higher completion rate. */
    rank: number
    /** Another unit has the same completion rate (并列). */
    tied: boolean
  }
export type BriefingRanking = {
  listId: string
  name: string
  rows: BriefingRankRow[]
  /** Whether the list is ranked at all: not while no unit has finished an item (src/domain/briefing-rank.ts). */
  standing: RankingStanding
  /** The chosen unit's place in this list ("第2", "并列第2"), if it has items there. */
  unitRank: string | null
}
export type BriefingOverdueRow = {
  itemId: string
  code: string
  title: string
  listName: string
  unitName: string
  deadline: IsoDate
  daysOverdue: number
  progress: number
  key: boolean
}
export type BriefingStruckOffRow = {
  itemId: string
  code: string
  title: string
  listName: string
  unitName: string
  closedOn: IsoDate
  surveyed: number
  satisfied: number
  satisfaction: number | null
  key: boolean
}

export type Briefing = {
  asOf: IsoDate
  since: IsoDate
  campaignName: string
  /** The unit the briefing is about, or null for the whole campaign. */
  unit: { id: string; name: string } | null
  paragraph: string
  totals: BriefingCounts & BriefingRates
  lists: BriefingListRow[]
  rankings: BriefingRanking[]
  overdue: { rows: BriefingOverdueRow[]; total: number }
  /** The red list as of `asOf`: one page (longest overdue first) and the total. */
  redList: { rows: BriefingRedListRow[]; total: number }
  struckOff: BriefingStruckOffRow[]
  /** The demands (职工点单) filed by `asOf`, of the unit when the briefing is about one. */
  demands: BriefingDemands
}

export type OverdueSource = Pick<Item, 'id' | 'code' | 'title' | 'listId' | 'unitId' | 'deadline' | 'progress' | 'key'>

export type BriefingInput = {
  campaign: Pick<Campaign, 'name' | 'lists'>
  units: readonly Pick<Unit, 'id' | 'name'>[]
  asOf: IsoDate
  since: IsoDate
  unitId: string | null
  /** GET /stats/summary as of `asOf`. */
  summary: Pick<Summary, 'lists'>
  /** GET /stats/units?list= as of `asOf`, one per list of the campaign. */
  unitStats: readonly Pick<UnitStatsResponse, 'listId' | 'units'>[]
  /** GET /items?overdue=true as of `asOf` (of the unit): one page, longest overdue first, and the total. */
  overdue: { items: readonly OverdueSource[]; total: number }
  /** GET /items?redList=true as of `asOf` (of the unit): one page, longest overdue first, and the total. */
  redList: { items: readonly RedListSource[]; total: number }
  /** GET /stats/struck-off from `since` to `asOf` (of the unit). */
  struckOff: readonly StruckOffItem[]
  /** Its demand figures (`demands`). */
  demands: BriefingDemands
}

const emptyCounts = (): BriefingCounts => ({
  total: 0,
  done: 0,
  closed: 0,
  keyTotal: 0,
  keyDone: 0,
  overdue: 0,
  redListed: 0,
  extended: 0,
  lights: { red: 0, yellow: 0, green: 0 },
  surveyed: 0,
  satisfied: 0,
})

function countsOf(stats: BriefingCounts): BriefingCounts {
  const { total, done, closed, keyTotal, keyDone, overdue, redListed, extended, lights, surveyed, satisfied } = stats
  return {
    total,
    done,
    closed,
    keyTotal,
    keyDone,
    overdue,
    redListed,
    extended,
    lights: { ...lights },
    surveyed,
    satisfied,
  }
}

function add(into: BriefingCounts, counts: BriefingCounts) {
  into.total += counts.total
  into.done += counts.done
  into.closed += counts.closed
  into.keyTotal += counts.keyTotal
  into.keyDone += counts.keyDone
  into.overdue += counts.overdue
  into.redListed += counts.redListed
  into.extended += counts.extended
  into.lights.red += counts.lights.red
  into.lights.yellow += counts.lights.yellow
  into.lights.green += counts.lights.green
  into.surveyed += counts.surveyed
  into.satisfied += counts.satisfied
}

const ratesOf = (counts: BriefingCounts): BriefingRates => ({
  completion: completionRate(counts),
  satisfaction: satisfactionRate(counts),
  resolution: resolutionRate(counts),
})

/** A share as a briefing writes it: 48%. */
export function percentPhrase(share: number): string {
  return `${Math.round(share * 100)}%`
}

const collator = new Intl.Collator('zh-CN')

/**
 * Units by completion (best first), then by finished items, then by name. The place is by completion only:
 * equal rates share it (并列), the next place counts everyone ahead.
 */
function rank(
  list: CampaignList,
  stats: Pick<UnitStatsResponse, 'units'>,
  unitName: (id: string) => string,
  unitId: string | null,
): BriefingRanking {
  const sorted = stats.units
    .map((row) => ({ ...countsOf(row), ...ratesOf(row), unitId: row.unitId, unitName: unitName(row.unitId) }))
    .sort((a, b) => b.completion - a.completion || b.done - a.done || collator.compare(a.unitName, b.unitName))
  const ranks = competitionRanks(sorted.map((row) => row.completion))
  const rows = sorted.map((row, index) => ({
    ...row,
    rank: ranks[index]!,
    tied: ranks.filter((other) => other === ranks[index]).length > 1,
  }))
  const standing = rankingStanding(stats.units)
  const mine = unitId === null ? undefined : rows.find((row) => row.unitId === unitId)
  return {
    listId: list.id,
    name: list.name,
    rows,
    standing,
    unitRank: mine && standing === 'ranked' ? rankingWords.place(mine.rank, mine.tied) : null,
  }
}

function listPhrase(row: BriefingListRow): string {
  if (row.hasKeyItems) {
    const key = row.keyTotal > 0 ? `，其中${row.keyTotal}件重点实事项目完成${row.keyDone}件` : ''
    return `${row.name}共梳理出实事项目${row.total}件，完成${row.done}件${key}`
  }
  if (row.done === 0) return `${row.name}${row.total}件，正有序推进中`
  if (row.done === row.total) return `${row.name}${row.total}件，已全部完成`
  return `${row.name}${row.total}件，完成${row.done}件`
}

/** The red list's rule as a briefing words it, from the domain's thresholds. */
const redListWords = `${redListRule.missedUrges}次及以上催办逾期未回复或超期超过${redListRule.overdueDays}天`

/** How many laggards a campaign briefing names per list (the last first), and from how many units on. */
const laggards = { named: 3, fromUnits: 5 } as const

/** The demands in the briefing's words: collected, adopted into items, answered, turned down, waiting. */
function demandSentence(demands: BriefingDemands, since: IsoDate): string | null {
  if (demands.collected === 0) return '尚未收集到职工诉求。'
  const parts = [
    `共收集职工诉求${demands.collected}条`,
    demands.collectedSince > 0 ? `其中自${datePhrase(since)}以来新收集${demands.collectedSince}条` : null,
    `采纳转化为实事项目${demands.adopted}条（${percentPhrase(demandShare(demands.adopted, demands))}）`,
    `已办结答复职工${demands.answered}条`,
    demands.rejected > 0
      ? `未予采纳${demands.rejected}条${demands.rejectedWithReason === demands.rejected ? '，均已向职工说明理由' : `，其中${demands.rejectedWithReason}条已说明理由`}`
      : null,
    demands.pending > 0 ? `尚待分办${demands.pending}条` : null,
  ]
  return `职工点单方面，${parts.filter((part) => part !== null).join('，')}。`
}

function paragraphOf(briefing: Omit<Briefing, 'paragraph'>): string {
  const { totals, lists, rankings, unit, struckOff } = briefing
  const sentences: string[] = []
  const subject = unit ? unit.name : briefing.campaignName
  sentences.push(
    `截至${datePhrase(briefing.asOf)}，${subject}共有实事项目${totals.total}件，已完成${totals.done}件，完成率${percentPhrase(totals.completion)}，其中已事结销号${totals.closed}件。`,
  )
  const listed = lists.filter((row) => row.total > 0)
  if (listed.length > 0) sentences.push(`${listed.map(listPhrase).join('；')}。`)
  const demands = demandSentence(briefing.demands, briefing.since)
  if (demands) sentences.push(demands)
  if (unit) {
    const places = rankings.flatMap((ranking) =>
      ranking.unitRank !== null
        ? [`在${ranking.name}${ranking.rows.length}个责任单位中完成率排${ranking.unitRank}位`]
        : ranking.rows.some((row) => row.unitId === unit.id) && ranking.standing !== 'ranked'
          ? [`${ranking.name}${standingPhrase(ranking.standing)}`]
          : [],
    )
    if (places.length > 0) sentences.push(`${places.join('；')}。`)
  } else {
    for (const ranking of rankings)
      if (ranking.standing !== 'ranked') sentences.push(`${ranking.name}${standingPhrase(ranking.standing)}。`)
  }
  const red = totals.lights.red > 0 ? `，亮红灯项目${totals.lights.red}件` : ''
  sentences.push(
    totals.overdue > 0 ? `目前逾期未完成项目${totals.overdue}件${red}。` : `目前没有逾期未完成的项目${red}。`,
  )
  sentences.push(
    totals.redListed > 0 ? `列入红榜项目${totals.redListed}件（${redListWords}）。` : `没有列入红榜的项目。`,
  )
  sentences.push(totals.extended > 0 ? `经审批延期项目${totals.extended}件。` : `没有经审批延期的项目。`)
  sentences.push(
    struckOff.length > 0
      ? `自${datePhrase(briefing.since)}以来，新事结销号项目${struckOff.length}件。`
      : `自${datePhrase(briefing.since)}以来，没有新事结销号的项目。`,
  )
  if (totals.satisfaction !== null) {
    sentences.push(
      `跟踪问效回访职工${totals.surveyed}人次，满意${totals.satisfied}人次，满意率${percentPhrase(totals.satisfaction)}；事结销号率${percentPhrase(totals.resolution)}。`,
    )
  } else {
    sentences.push(`尚未开展满意度回访；事结销号率${percentPhrase(totals.resolution)}。`)
  }
  if (!unit) {
    for (const ranking of rankings) {
      if (ranking.rows.length < laggards.fromUnits) continue
      const listRow = lists.find((row) => row.listId === ranking.listId)
      const behind = ranking.rows
        .filter((row) => listRow && row.completion < listRow.completion)
        .slice(-laggards.named)
        .reverse()
      if (behind.length === 0) continue
      sentences.push(
        `${ranking.name}完成率较低的单位是${behind.map((row) => `${row.unitName}（${percentPhrase(row.completion)}）`).join('、')}，需加快推进。`,
      )
    }
  }
  return sentences.join('')
}

/** The briefing as of `asOf`, for the whole campaign or one unit, from the stats endpoints' answers. */
export function buildBriefing(input: BriefingInput): Briefing {
  const { campaign, asOf, since, unitId } = input
  const names = new Map(input.units.map((unit) => [unit.id, unit.name]))
  const unitName = (id: string) => names.get(id) ?? id
  const listName = new Map(campaign.lists.map((list) => [list.id, list.name]))
  const statsByList = new Map(input.unitStats.map((stats) => [stats.listId, stats]))

  const lists: BriefingListRow[] = campaign.lists.flatMap((list) => {
    const source =
      unitId === null
        ? input.summary.lists.find((row) => row.listId === list.id)
        : statsByList.get(list.id)?.units.find((row) => row.unitId === unitId)
    if (!source) return []
    const counts = countsOf(source)
    return [{ ...counts, ...ratesOf(counts), listId: list.id, name: list.name, hasKeyItems: list.keyTarget !== null }]
  })
  const sum = emptyCounts()
  for (const row of lists) add(sum, row)

  const rankings = campaign.lists.flatMap((list) => {
    const stats = statsByList.get(list.id)
    return stats && stats.units.length > 1 ? [rank(list, stats, unitName, unitId)] : []
  })

  const briefing: Omit<Briefing, 'paragraph'> = {
    asOf,
    since,
    campaignName: campaign.name,
    unit: unitId === null ? null : { id: unitId, name: unitName(unitId) },
    totals: { ...sum, ...ratesOf(sum) },
    lists,
    rankings,
    overdue: {
      total: input.overdue.total,
      rows: input.overdue.items.map((item) => ({
        itemId: item.id,
        code: item.code,
        title: item.title,
        listName: listName.get(item.listId) ?? item.listId,
        unitName: unitName(item.unitId),
        deadline: item.deadline,
        daysOverdue: daysBetween(item.deadline, asOf),
        progress: item.progress,
        key: item.key,
      })),
    },
    redList: {
      total: input.redList.total,
      rows: input.redList.items.map((item) => ({
        itemId: item.id,
        code: item.code,
        title: item.title,
        listName: listName.get(item.listId) ?? item.listId,
        unitName: unitName(item.unitId),
        key: item.key,
        reason: redListReason(item, asOf),
      })),
    },
    struckOff: input.struckOff.map((item) => ({
      itemId: item.id,
      code: item.code,
      title: item.title,
      listName: listName.get(item.listId) ?? item.listId,
      unitName: unitName(item.unitId),
      closedOn: item.closedOn,
      surveyed: item.surveyed,
      satisfied: item.satisfied,
      satisfaction: satisfactionRate(item),
      key: item.key,
    })),
    demands: input.demands,
  }
  return { ...briefing, paragraph: paragraphOf(briefing) }
}
