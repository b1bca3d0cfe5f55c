import type { Demand, DemandChannel, DemandStatus } from '@/domain/model/demand'
import { answeredQuestions, channelFrames, closers, openers, rejectedRequests } from './demand-voices'
import { fill } from './fill-template'
import { mobilePhone, personName, surname } from './person-names'
import type { SeedClock } from './seed-clock'
import type { Random } from './seeded-random'

// The 467 demands collected through the eight channels (seed 000). Most were adopted into items;
// those of struck-off items are answered with the item's completion reply; the rest were answered on
// the spot, turned down with a reason, merged into an earlier demand, or are still new.

/** An item and the demands that led to it. */
export type DemandTarget = {
  itemId: string
  /** The 双百 item's unit; null for 8 and N items, whose demands came from all over. */
  unitId: string | null
  createdDay: number
  createdAt: string
  voices: readonly string[]
  count: number
  /** The reply a worker reads while the item is being worked on. */
  adoptionReply: string
  closed: { at: string; note: string } | null
}

export type DemandUnit = {
  id: string
  /** How likely a demand comes from this unit, among units of its kind. */
  weight: number
  teams: readonly string[]
  channels: readonly (readonly [DemandChannel, number])[]
  /** What people there complain about, for demands still new. */
  voices: readonly string[]
}

export type DemandCounts = { merged: number; rejected: number; answered: number; fresh: number }

type Draft = {
  key: number
  day: number
  submittedAt: string
  channel: DemandChannel
  unit: DemandUnit
  text: string
  status: DemandStatus
  itemId: string | null
  reply: string | null
  mergedTarget: Draft | null
  voices: readonly string[]
  anonymous: boolean
  submitterName: string | null
  submitterPhone: string | null
  updatedAt: string
  id: string
  receipt: string
}

const anonymousShare: Record<DemandChannel, number> = {
  symposium: 0.05,
  reception_day: 0,
  echo_wall: 0.45,
  complaint_board: 0.7,
  talk_room: 0.05,
  qr_form: 0.5,
  questionnaire: 0.75,
  diary: 0,
}

export function writeDemands(
  rng: Random,
  clock: SeedClock,
  targets: readonly DemandTarget[],
  units: {
    grassroots: readonly DemandUnit[]
    departments: readonly DemandUnit[]
    byId: ReadonlyMap<string, DemandUnit>
  },
  counts: DemandCounts,
): { demands: Demand[]; byItem: Map<string, string[]> } {
  const t = clock.todayDay
  const drafts: Draft[] = []
  const grassrootsWeights = units.grassroots.map((unit) => [unit, unit.weight] as const)
  const anyGrassroots = () => rng.weighted(grassrootsWeights)
  const mostlyGrassroots = () => (rng.chance(0.12) ? rng.pick(units.departments) : anyGrassroots())
  const minuteOfDay = () => rng.int(7 * 60 + 30, 21 * 60 + 30)
  const later = (day: number, minute: number, maxDays: number) => {
    const next = Math.min(t - 1, day + rng.int(1, maxDays))
    return next === day
      ? clock.instant(day, Math.min(24 * 60 - 1, minute + rng.int(30, 120)))
      : clock.instant(next, rng.int(9 * 60, 17 * 60 + 30))
  }
  const text = (voice: string, channel: DemandChannel, unit: DemandUnit) => {
    const team = rng.pick(unit.teams)
    let body = voice
    if (channel !== 'diary' && rng.chance(0.25)) body = fill(rng.pick(openers), { t: team }) + body
    if (rng.chance(0.3)) body += rng.pick(closers)
    const frames = channelFrames[channel]
    return frames ? fill(rng.pick(frames), { t: team, s: surname(rng), v: body }) : body
  }
  const draft = (day: number, unit: DemandUnit, voice: string, voices: readonly string[]): Draft => {
    const minute = minuteOfDay()
    const channel = rng.weighted(unit.channels)
    const anonymous = rng.chance(anonymousShare[channel])
    const submittedAt = clock.instant(day, minute)
    return {
      key: day * 24 * 60 + minute,
      day,
      submittedAt,
      channel,
      unit,
      text: text(voice, channel, unit),
      status: 'new',
      itemId: null,
      reply: null,
      mergedTarget: null,
      voices,
      anonymous,
      submitterName: anonymous || rng.chance(0.1) ? null : personName(rng),
      submitterPhone: anonymous || rng.chance(0.5) ? null : mobilePhone(rng),
      updatedAt: submittedAt,
      id: '',
      receipt: '',
    }
  }

  const linked: Draft[] = []
  for (const target of targets) {
    for (let j = 0; j < target.count; j++) {
      const unit = target.unitId === null ? anyGrassroots() : units.byId.get(target.unitId)
      if (!unit) throw new Error(`seed: no demand unit ${target.unitId}`)
      const day = rng.int(Math.max(0, target.createdDay - 30), target.createdDay - 1)
      const demand = draft(day, unit, target.voices[j % target.voices.length]!, target.voices)
      demand.itemId = target.itemId
      if (target.closed)
        Object.assign(demand, { status: 'answered', reply: target.closed.note, updatedAt: target.closed.at })
      else Object.assign(demand, { status: 'adopted', reply: target.adoptionReply, updatedAt: target.createdAt })
      linked.push(demand)
    }
  }
  drafts.push(...linked)

  const mergeable = linked.filter((demand) => demand.day <= t - 3)
  for (let j = 0; j < counts.merged && mergeable.length > 0; j++) {
    const target = rng.pick(mergeable)
    const day = rng.int(target.day + 1, Math.min(t - 1, target.day + 20))
    const demand = draft(day, target.unit, rng.pick(target.voices), target.voices)
    Object.assign(demand, { status: 'merged', mergedTarget: target, updatedAt: later(day, demand.key % (24 * 60), 4) })
    drafts.push(demand)
  }
  for (let j = 0; j < counts.rejected; j++) {
    const [request, reason] = rng.pick(rejectedRequests)
    const day = rng.int(0, t - 6)
    const demand = draft(day, mostlyGrassroots(), request, [])
    Object.assign(demand, { status: 'rejected', reply: reason, updatedAt: later(day, demand.key % (24 * 60), 5) })
    drafts.push(demand)
  }
  for (let j = 0; j < counts.answered; j++) {
    const [question, answer] = rng.pick(answeredQuestions)
    const day = rng.int(0, t - 4)
    const demand = draft(day, mostlyGrassroots(), question, [])
    Object.assign(demand, { status: 'answered', reply: answer, updatedAt: later(day, demand.key % (24 * 60), 3) })
    drafts.push(demand)
  }
  for (let j = 0; j < counts.fresh; j++) {
    const unit = mostlyGrassroots()
    drafts.push(draft(rng.int(t - 14, t - 1), unit, rng.pick(unit.voices), unit.voices))
  }

  drafts.sort((a, b) => a.key - b.key)
  const width = Math.max(4, String(drafts.length).length)
  const receipts = new Set<string>()
  drafts.forEach((demand, i) => {
    demand.id = `dem-${String(i + 1).padStart(width, '0')}`
    let receipt: string
    do receipt = `BS-${rng.int(10_000_000_000, 99_999_999_999)}`
    while (receipts.has(receipt))
    receipts.add(receipt)
    demand.receipt = receipt
  })

  const byItem = new Map<string, string[]>()
  const demands = drafts.map((demand): Demand => {
    if (demand.itemId !== null) {
      const ids = byItem.get(demand.itemId)
      if (ids) ids.push(demand.id)
      else byItem.set(demand.itemId, [demand.id])
    }
    const target = demand.mergedTarget
    return {
      id: demand.id,
      receipt: demand.receipt,
      channel: demand.channel,
      unitId: demand.unit.id,
      text: demand.text,
      submittedAt: demand.submittedAt,
      status: demand.status,
      itemId: demand.itemId,
      reply: target ? `与回执号${target.receipt}的诉求内容相同，已合并办理，办理结果将一并答复。` : demand.reply,
      mergedInto: target ? target.id : null,
      anonymous: demand.anonymous,
      submitterName: demand.submitterName,
      submitterPhone: demand.submitterPhone,
      updatedAt: demand.updatedAt,
    }
  })
  return { demands, byItem }
}
