import type { Briefing } from '@/domain/briefing'
import { rankingWords, standingPhrase } from '@/domain/briefing-rank'
import { formatDate, formatPercent } from '@/lib/format'
import { tp } from '@/lib/strings/page-strings'
import { t } from '@/lib/strings/strings'

const rate = (share: number | null) => (share === null ? tp.report.noSurvey : formatPercent(share))
const row = (cells: readonly (string | number)[]) => cells.join('\t')

/** The briefing's title as printed: the campaign's or the unit's. */
export function briefingTitle(briefing: Briefing): string {
  return briefing.unit
    ? tp.report.unitDocumentTitle(briefing.unit.name)
    : tp.report.documentTitle(briefing.campaignName)
}

/** The whole briefing as plain text for 复制全文: the paragraph, then every table with tab-separated columns. */
export function briefingText(briefing: Briefing): string {
  const r = tp.report
  const lines: string[] = [
    briefingTitle(briefing),
    r.documentMeta(formatDate(briefing.asOf), formatDate(briefing.since)),
    '',
    briefing.paragraph,
    '',
  ]

  lines.push(r.listsHeading, row([r.list, r.total, r.done, r.completion, r.keyDone, r.overdue, r.red]))
  for (const list of briefing.lists) {
    lines.push(
      row([
        list.name,
        list.total,
        list.done,
        formatPercent(list.completion),
        list.hasKeyItems ? `${list.keyDone}/${list.keyTotal}` : t.list.none,
        list.overdue,
        list.lights.red,
      ]),
    )
  }
  lines.push('')

  if (briefing.rankings.length > 0) {
    lines.push(r.rankingHeading)
    for (const ranking of briefing.rankings) {
      const unranked = standingPhrase(ranking.standing)
      lines.push(unranked ? `${r.unrankedCaption(ranking.name)}：${unranked}。` : r.rankingCaption(ranking.name))
      lines.push(row([r.rank, r.unitName, r.total, r.done, r.completion, r.overdue, r.satisfaction, r.resolution]))
      for (const unit of ranking.rows) {
        const name = briefing.unit?.id === unit.unitId ? `${unit.unitName}${r.thisUnit}` : unit.unitName
        lines.push(
          row([
            unranked ? '—' : rankingWords.place(unit.rank, unit.tied),
            name,
            unit.total,
            unit.done,
            formatPercent(unit.completion),
            unit.overdue,
            rate(unit.satisfaction),
            formatPercent(unit.resolution),
          ]),
        )
      }
    }
    lines.push('')
  }

  lines.push(r.redListHeading(briefing.redList.total), tp.redList.rule)
  if (briefing.redList.rows.length === 0) lines.push(r.redListNone)
  else {
    if (briefing.redList.rows.length < briefing.redList.total)
      lines.push(r.redListShown(briefing.redList.rows.length, briefing.redList.total))
    lines.push(row([r.code, r.itemTitle, r.list, r.unitName, tp.redList.reasonHeading]))
    for (const item of briefing.redList.rows) {
      lines.push(
        row([
          item.code,
          item.key ? `${item.title}${r.keyMark}` : item.title,
          item.listName,
          item.unitName,
          tp.redList.reason(item.reason),
        ]),
      )
    }
  }
  lines.push('')

  lines.push(r.overdueHeading(briefing.overdue.total))
  if (briefing.overdue.rows.length === 0) lines.push(r.overdueNone)
  else {
    if (briefing.overdue.rows.length < briefing.overdue.total)
      lines.push(r.overdueShown(briefing.overdue.rows.length, briefing.overdue.total))
    lines.push(row([r.code, r.itemTitle, r.list, r.unitName, r.deadline, r.daysOverdue, r.progress]))
    for (const item of briefing.overdue.rows) {
      lines.push(
        row([
          item.code,
          item.key ? `${item.title}${r.keyMark}` : item.title,
          item.listName,
          item.unitName,
          formatDate(item.deadline),
          r.days(item.daysOverdue),
          `${item.progress}%`,
        ]),
      )
    }
  }
  lines.push('')

  lines.push(r.struckOffHeading(formatDate(briefing.since), briefing.struckOff.length))
  if (briefing.struckOff.length === 0) lines.push(r.struckOffNone)
  else {
    lines.push(row([r.code, r.itemTitle, r.list, r.unitName, r.closedOn, r.surveyed, r.satisfaction]))
    for (const item of briefing.struckOff) {
      lines.push(
        row([
          item.code,
          item.key ? `${item.title}${r.keyMark}` : item.title,
          item.listName,
          item.unitName,
          formatDate(item.closedOn),
          item.surveyed,
          rate(item.satisfaction),
        ]),
      )
    }
  }
  lines.push('')

  lines.push(r.satisfactionHeading, row([r.list, r.surveyed, r.satisfied, r.satisfaction, r.closed, r.resolution]))
  for (const list of briefing.lists)
    lines.push(
      row([
        list.name,
        list.surveyed,
        list.satisfied,
        rate(list.satisfaction),
        list.closed,
        formatPercent(list.resolution),
      ]),
    )
  const total = briefing.totals
  lines.push(
    row([
      r.totalRow,
      total.surveyed,
      total.satisfied,
      rate(total.satisfaction),
      total.closed,
      formatPercent(total.resolution),
    ]),
    r.satisfactionNote,
    '',
    r.demandsHeading,
  )
  const { demands } = briefing
  if (demands.collected === 0) lines.push(r.demandsNone)
  else {
    lines.push(
      row([
        r.demandCollected,
        r.demandSince(formatDate(briefing.since)),
        r.demandAdopted,
        r.demandAnswered,
        r.demandRejected,
        r.demandPending,
      ]),
      row([
        demands.collected,
        demands.collectedSince,
        demands.adopted,
        demands.answered,
        demands.rejected,
        demands.pending,
      ]),
      row([r.demandChannel, r.demandCollected, r.demandAdopted, r.demandAnswered, r.demandRejected]),
    )
    for (const channel of demands.channels)
      if (channel.collected > 0)
        lines.push(
          row([tp.channel[channel.channel], channel.collected, channel.adopted, channel.answered, channel.rejected]),
        )
    lines.push(r.demandsNote)
  }
  return lines.join('\n')
}
