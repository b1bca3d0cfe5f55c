import { addDays, dateOf, daysBetween, type IsoDate } from './dates'
import type { ItemRecord } from './history'
import type { StruckOffItem } from './model/briefing'
import type { Campaign, CampaignList } from './model/campaign'
import type { Item, UrgeState } from './model/item'
import type { ListStats, Summary, UnitStatsResponse } from './model/stats'
import type { Unit } from './model/unit'
import { daysOverdue, redListRule } from './red-list'
import { completionRate, resolutionRate, satisfactionRate, type UpdatesByItem } from './stats'

// The progress briefing (通报) a supervision office writes every month: the figures as of a date, for the
// whole campaign or one unit, and the paragraph in the words of the source documents ("截至5月底，基层单位
// 共梳理出实事项目471件……完成231件，其中100件重点实事项目完成34件"). Pure: every figure comes from the
// stats it is given, the dates are parameters.

// ---------------------------------------------------------------------------------------------------
// Dates

/** The last day of the month holding `date`. */
export function monthEnd(date: IsoDate): IsoDate {
  const [year, month] = date.split('-').map(Number) as [number, number]
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10)
}

export function isMonthEnd(date: IsoDate): boolean {
  return monthEnd(date) === date
}

/** The last briefing, unless another date is chosen: the end of the month before the one holding `asOf`. */
export function previousMonthEnd(asOf: IsoDate): IsoDate {
  return addDays(`${asOf.slice(0, 8)}01`, -1)
}

/** 2021-05-31 → 5月底, 2021-06-01 → 6月1日: how a briefing names the date it counts to. */
export function datePhrase(date: IsoDate): string {
  const month = Number(date.slice(5, 7))
  return isMonthEnd(date) ? `${month}月底` : `${month}月${Number(date.slice(8, 10))}日`
}

// ---------------------------------------------------------------------------------------------------
// Items struck off in a period (GET /api/stats/struck-off)

const none: readonly never[] = []

/**
 * The items struck off after the end of `since` up to the end of `asOf`, oldest strike-off first, with
 * the satisfaction results recorded on them by `asOf`. A strike-off is final, so their number is the
 * difference of `closed` in the stats as of the two dates.
 */
export function struckOffBetween(
  records: Iterable<ItemRecord>,
  updatesByItem: UpdatesByItem,
  since: IsoDate,
  asOf: IsoDate,
  filter: { unitId?: string | null; listId?: string | null } = {},
): StruckOffItem[] {
  const rows: StruckOffItem[] = []
  for (const record of records) {
    if (filter.unitId && record.unitId !== filter.unitId) continue
    if (filter.listId && record.listId !== filter.listId) continue
    let closedOn: IsoDate | null = null
    let surveyed = 0
    let satisfied = 0
    for (const update of updatesByItem.get(record.id) ?? none) {
      const on = dateOf(update.at)
      if (on > asOf) break
      if (update.kind === 'satisfaction') {
        surveyed += update.surveyed ?? 0
        satisfied += update.satisfied ?? 0
      }
      if (update.toStatus === 'closed') closedOn = on
    }
    if (closedOn === null || closedOn <= since) continue
    const { id, code, title, listId, unitId, key } = record
    rows.push({ id, code, title, listId, unitId, key, closedOn, surveyed, satisfied })
  }
  return rows.sort((a, b) =>
    a.closedOn < b.closedOn ? -1 : a.closedOn > b.closedOn ? 1 : a.code < b.code ? -1 : a.code > b.code ? 1 : 0,
  )
}

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
export type BriefingRankRow = BriefingCounts & BriefingRates & { unitId: string; unitName: string; rank: number }
export type BriefingRanking = {
  listId: string
  name: string
  rows: BriefingRankRow[]
  /** The chosen unit's rank in this list, if it has items there. */ unitRank: number | null
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

// ---------------------------------------------------------------------------------------------------
// The red list (红榜): why each item is on it (the rule is src/domain/red-list.ts)

/** A red-listed item as GET /items?redList=true gives it; `urge.missed` is the figure the rule counts. */
export type RedListSource = Pick<
  Item,
  'id' | 'code' | 'title' | 'listId' | 'unitId' | 'deadline' | 'status' | 'key'
> & {
  urge: Pick<UrgeState, 'missed'>
}

/** Why an item is on the red list on a date: the urges that went unanswered, the days past its deadline. */
export type RedListReason = {
  /** Open urges past their reply-by date with no reply since (Item.urge.missed). */
  missedUrges: number
  /** Whole days past the deadline (0 when not overdue). */
  daysOverdue: number
}

/** The reasons an item is on the red list on `asOf`, from the item as of that date. */
export function redListReason(item: Pick<RedListSource, 'status' | 'deadline' | 'urge'>, asOf: IsoDate): RedListReason {
  return { missedUrges: item.urge.missed, daysOverdue: daysOverdue(item, asOf) }
}

export type BriefingRedListRow = {
  itemId: string
  code: string
  title: string
  listName: string
  unitName: string
  key: boolean
  reason: RedListReason
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

/** Units by completion (best first), then by finished items, then by name; equal completion shares a rank. */
function rank(
  list: CampaignList,
  stats: Pick<UnitStatsResponse, 'units'>,
  unitName: (id: string) => string,
  unitId: string | null,
): BriefingRanking {
  const rows = stats.units
    .map((row) => ({ ...countsOf(row), ...ratesOf(row), unitId: row.unitId, unitName: unitName(row.unitId), rank: 0 }))
    .sort((a, b) => b.completion - a.completion || b.done - a.done || collator.compare(a.unitName, b.unitName))
  rows.forEach((row, index) => {
    const previous = rows[index - 1]
    row.rank = previous && previous.completion === row.completion ? previous.rank : index + 1
  })
  return {
    listId: list.id,
    name: list.name,
    rows,
    unitRank: unitId === null ? null : (rows.find((row) => row.unitId === unitId)?.rank ?? null),
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

function paragraphOf(briefing: Omit<Briefing, 'paragraph'>): string {
  const { totals, lists, rankings, unit, struckOff } = briefing
  const sentences: string[] = []
  const subject = unit ? unit.name : briefing.campaignName
  sentences.push(
    `截至${datePhrase(briefing.asOf)}，${subject}共有实事项目${totals.total}件，已完成${totals.done}件，完成率${percentPhrase(totals.completion)}，其中已事结销号${totals.closed}件。`,
  )
  const listed = lists.filter((row) => row.total > 0)
  if (listed.length > 0) sentences.push(`${listed.map(listPhrase).join('；')}。`)
  if (unit) {
    const places = rankings
      .filter((ranking) => ranking.unitRank !== null)
      .map((ranking) => `在${ranking.name}${ranking.rows.length}个责任单位中完成率排第${ranking.unitRank}位`)
    if (places.length > 0) sentences.push(`${places.join('，')}。`)
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
  }
  return { ...briefing, paragraph: paragraphOf(briefing) }
}
