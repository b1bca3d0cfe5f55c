import { dateOf, type IsoDate } from './dates'
import { isInStage } from './demand-stage'
import type { BriefingDemandChannel, BriefingDemands } from './model/briefing'
import { demandChannels, type Demand } from './model/demand'
import type { ItemStatus } from './model/item'

// The demands in the briefing (职工点单: "截至5月底，共收集职工诉求467条"): how many came in, by which
// channel, how many were adopted into items, answered, or turned down with a reason. The funnel's notions
// are demand-stage.ts's, so the briefing, the wall and the demand pool's filters count alike.

const emptyChannel = (channel: BriefingDemandChannel['channel']): BriefingDemandChannel => ({
  channel,
  collected: 0,
  adopted: 0,
  answered: 0,
  rejected: 0,
})

/**
 * The demand figures as of the end of `asOf`, of one unit or all: demands filed by then, counted by their
 * status now (a demand keeps no history of its triage) and by the status their item had on `asOf`
 * (`itemStatusOf`: null for no item, or one that did not exist yet).
 */
export function briefingDemands(
  demands: Iterable<Demand>,
  itemStatusOf: (itemId: string) => ItemStatus | null,
  period: { since: IsoDate; asOf: IsoDate; unitId?: string | null },
): BriefingDemands {
  const { since, asOf, unitId } = period
  const channels = new Map(demandChannels.map((channel) => [channel, emptyChannel(channel)]))
  const figures: Omit<BriefingDemands, 'channels'> = {
    collected: 0,
    collectedSince: 0,
    adopted: 0,
    adoptedDone: 0,
    answered: 0,
    rejected: 0,
    rejectedWithReason: 0,
    merged: 0,
    pending: 0,
  }
  for (const demand of demands) {
    if (unitId && demand.unitId !== unitId) continue
    const filed = dateOf(demand.submittedAt)
    if (filed > asOf) continue
    const itemStatus = demand.itemId === null ? null : itemStatusOf(demand.itemId)
    const row = channels.get(demand.channel)!
    const adopted = isInStage(demand, itemStatus, 'adopted')
    figures.collected += 1
    row.collected += 1
    if (filed > since) figures.collectedSince += 1
    if (adopted) {
      figures.adopted += 1
      row.adopted += 1
      if (isInStage(demand, itemStatus, 'done')) figures.adoptedDone += 1
    }
    switch (demand.status) {
      case 'answered':
        figures.answered += 1
        row.answered += 1
        break
      case 'rejected':
        figures.rejected += 1
        row.rejected += 1
        if (demand.reply?.trim()) figures.rejectedWithReason += 1
        break
      case 'merged':
        figures.merged += 1
        break
      case 'new':
        figures.pending += 1
        break
      case 'adopted':
        break
    }
  }
  return { ...figures, channels: [...channels.values()] }
}

/** A share of the collected demands, 0–1 (0 when none came in). */
export const demandShare = (part: number, figures: Pick<BriefingDemands, 'collected'>): number =>
  figures.collected === 0 ? 0 : part / figures.collected
