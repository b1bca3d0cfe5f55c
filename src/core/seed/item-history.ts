import type { ItemStatus } from '@/domain/model/item'
import type { SatisfactionMethod, Update } from '@/domain/model/update'
import type { User } from '@/domain/model/user'
import { shapeActive } from './active-state'
import { fill } from './fill-template'
import type { ItemPlan } from './item-plan'
import { monthDay, type SeedClock } from './seed-clock'
import type { Random } from './seeded-random'
import {
  inspectionNotes,
  instructionNotes,
  progressNotes,
  reopenNotes,
  replyNote,
  reworkDonePrefix,
  reworkNote,
  satisfactionNotes,
  stageOf,
  strikeOffNotes,
  urgeNotes,
} from './update-notes'

// The dated history behind one item: every update a real campaign would have left, posted by someone
// the permission rules allow, in an order the domain's replay (snapshotAt) turns into the item's
// current status and progress. The item record is then read off the history, never set beside it.

/** Who acts on an item: the unit's secretary where the demo has one, supervision otherwise. */
export type Crew = {
  recorder: User
  replier: User
  /** Put before a reply the admin records on a unit's behalf. */
  replyPrefix: string
  inspector: User
  urger: User
  surveyor: User
  closer: User
  leaders: readonly User[]
}

export type HistoryInput = {
  itemId: string
  unitName: string
  plan: ItemPlan
  object: string
  mode: 'build' | 'service'
  /** Hand-written progress notes (8 and N lists), one update each; otherwise notes from update-notes.ts. */
  steps: readonly string[] | null
  doneNote: string
  instructions: readonly string[] | null
  /** The leader named on the item, who writes its instructions if they are a demo user. */
  leadLeader: string | null
}

export type History = {
  updates: Update[]
  /** Minutes since the campaign's start, parallel to `updates`, for the overall sort. */
  sortKeys: number[]
  createdAt: string
  createdKey: number
  deadlineDay: number
  status: ItemStatus
  progress: number
  completionNote: string | null
  updatedAt: string
  version: number
  closedAt: string | null
}

type Draft = Omit<Update, 'id' | 'itemId' | 'at' | 'authorId' | 'authorName' | 'authorRole'> & {
  author: User
  day: number
  rank: number
}

const rank = {
  progress: 1,
  inspection: 2,
  urge: 3,
  reply: 4,
  instruction: 5,
  done: 6,
  satisfaction: 7,
  closed: 8,
} as const
const dayMinutes = 24 * 60

/** `count` distinct days in [lo, hi], ascending (fewer when the span is short). */
function distinctDays(rng: Random, count: number, lo: number, hi: number): number[] {
  const span = hi - lo + 1
  if (span <= 0 || count <= 0) return []
  const wanted = Math.min(count, span)
  const days = new Set<number>()
  while (days.size < wanted) days.add(rng.int(lo, hi))
  return [...days].sort((a, b) => a - b)
}

/** `count` increasing whole percentages below `final`, ending with `final`. */
function climb(rng: Random, count: number, final: number): number[] {
  const steps = Math.max(1, Math.min(count, final))
  const values: number[] = []
  for (let i = 1; i < steps; i++) values.push(Math.floor((final * i) / steps))
  for (let i = 0; i < values.length; i++) {
    const lo = (i === 0 ? 0 : values[i - 1]!) + 1
    const hi = (i + 1 < values.length ? values[i + 1]! : final) - 1
    if (hi >= lo) values[i] = clampInt(values[i]! + rng.int(-4, 4), lo, hi)
  }
  values.push(final)
  return values
}

const clampInt = (value: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, value))

/**
 * Days and values of `count` progress reports between `from` and `to`: the first within two weeks of
 * the start (work begins soon after listing), the last on `to` when `endOnLast`, climbing to `final`.
 */
function progressPlan(
  rng: Random,
  count: number,
  from: number,
  to: number,
  final: number,
  endOnLast: boolean,
): [number[], number[]] {
  const first = rng.int(from, Math.min(from + 12, to))
  const days =
    count <= 1
      ? [endOnLast ? to : first]
      : [first, ...distinctDays(rng, count - 2, first + 1, to - 1), ...(endOnLast || first === to ? [] : [to])]
  if (endOnLast && days.at(-1) !== to) days.push(to)
  const unique = [...new Set(days)].sort((a, b) => a - b)
  return [unique, climb(rng, unique.length, final)]
}

const satisfactionMethods: readonly (readonly [SatisfactionMethod, number])[] = [
  ['survey', 5],
  ['phone', 3],
  ['symposium', 2],
]

export function writeHistory(rng: Random, clock: SeedClock, crew: Crew, input: HistoryInput): History {
  const { plan } = input
  const c = plan.createdDay
  const t = clock.todayDay
  const fate = plan.fate
  const drafts: Draft[] = []
  const vars = { obj: input.object, u: input.unitName }
  const usedNotes = new Set<string>()
  const progressNote = (value: number, index: number, count: number) => {
    if (input.steps && input.steps.length > 0)
      return input.steps[Math.min(input.steps.length - 1, Math.floor((index * input.steps.length) / count))]!
    const pool = progressNotes[input.mode][stageOf(value)]
    let template = rng.pick(pool)
    for (let attempt = 0; usedNotes.has(template) && attempt < 4; attempt++) template = rng.pick(pool)
    usedNotes.add(template)
    return fill(template, vars, { pct: value, k: rng.int(3, 12), m: rng.int(5, 120) })
  }
  const pushProgress = (days: number[], values: number[], first: boolean) => {
    days.forEach((day, i) => {
      const draft: Draft = {
        kind: 'progress',
        author: crew.recorder,
        day,
        rank: rank.progress,
        note: progressNote(values[i]!, i, days.length),
        progress: values[i]!,
      }
      if (first && i === 0) Object.assign(draft, { fromStatus: 'planned', toStatus: 'in_progress' })
      drafts.push(draft)
    })
  }
  const progressCount = () => (input.steps ? input.steps.length : rng.int(2, 5))

  let deadlineDay: number
  /** The last day owner activity may fall on (progress, inspection, reply); later reports would change the light. */
  let activityLimit = c
  let firstOpenUrge = t
  let doneNote: string | null = null
  let closedDay: number | null = null

  if (fate.kind === 'planned') {
    deadlineDay = rng.int(Math.max(c + 120, t + 60), clock.endDay)
  } else if (fate.kind === 'active') {
    const state = shapeActive(rng, fate.variant, c, clock, { progress: fate.progress, deadlineDay: fate.deadlineDay })
    deadlineDay = state.deadlineDay
    activityLimit = state.lastActivityDay
    pushProgress(...progressPlan(rng, progressCount(), c + 2, state.lastActivityDay, state.progress, true), true)
  } else {
    const { doneDay } = fate
    const late = rng.chance(0.08)
    deadlineDay = late ? Math.max(c + 10, doneDay - rng.int(1, 10)) : Math.min(clock.endDay, doneDay + rng.int(3, 60))
    // A reopened item was first reported done about two weeks earlier, sent back, reworked.
    const firstDone = fate.reopened ? doneDay - rng.int(10, 14) : doneDay
    activityLimit = firstDone - 1
    pushProgress(
      ...progressPlan(
        rng,
        input.steps ? input.steps.length : rng.int(1, 4),
        c + 2,
        firstDone - 1,
        rng.int(70, 95),
        false,
      ),
      true,
    )
    doneNote = fill(input.doneNote, vars)
    if (fate.reopened) {
      drafts.push({
        kind: 'status',
        author: crew.recorder,
        day: firstDone,
        rank: rank.done,
        note: doneNote,
        fromStatus: 'in_progress',
        toStatus: 'done',
        progress: 100,
      })
      drafts.push({
        kind: 'status',
        author: crew.closer,
        day: firstDone + 2,
        rank: rank.done,
        note: rng.pick(reopenNotes),
        fromStatus: 'done',
        toStatus: 'in_progress',
      })
      drafts.push({
        kind: 'progress',
        author: crew.recorder,
        day: rng.int(firstDone + 3, doneDay - 1),
        rank: rank.progress,
        note: reworkNote,
        progress: 90,
      })
      doneNote = reworkDonePrefix + doneNote
    }
    drafts.push({
      kind: 'status',
      author: crew.recorder,
      day: doneDay,
      rank: rank.done,
      note: doneNote,
      fromStatus: 'in_progress',
      toStatus: 'done',
      progress: 100,
    })
    if (fate.surveyed) {
      const lastSurveyDay = fate.closed ? t - 2 : t - 1
      const surveyDay = rng.int(doneDay + 1, Math.max(doneDay + 1, Math.min(doneDay + 8, lastSurveyDay)))
      const surveyed = rng.int(12, 120)
      const satisfied = surveyed - rng.int(0, Math.ceil(surveyed * 0.08))
      const method = rng.weighted(satisfactionMethods)
      const rate = Math.round((satisfied * 100) / surveyed)
      drafts.push({
        kind: 'satisfaction',
        author: crew.surveyor,
        day: surveyDay,
        rank: rank.satisfaction,
        note: fill(satisfactionNotes[method], { s: surveyed, sat: satisfied, rate }),
        surveyed,
        satisfied,
        method,
      })
      if (fate.closed) {
        closedDay = rng.int(surveyDay + 1, Math.min(surveyDay + 5, t - 1))
        drafts.push({
          kind: 'status',
          author: crew.closer,
          day: closedDay,
          rank: rank.closed,
          note: fill(rng.pick(strikeOffNotes), { rate }),
          fromStatus: 'done',
          toStatus: 'closed',
        })
      }
    }
  }

  // Open urges: still waiting for a reply today. Three or more put the item on the red list.
  if (plan.openUrges > 0 && fate.kind === 'active') {
    const spacing = plan.openUrges >= 3 ? 7 : 5
    let day = Math.max(c + 6, t - 1 - (plan.openUrges - 1) * spacing - rng.int(0, 6))
    firstOpenUrge = day
    for (let j = 0; j < plan.openUrges && day <= t - 1; j++) {
      const replyBy = clock.date(day + rng.int(3, 7))
      drafts.push({
        kind: 'urge',
        author: crew.urger,
        day,
        rank: rank.urge,
        note: fill(rng.pick(urgeNotes[j === 0 ? 'first' : 'again']), vars, { date: monthDay(replyBy) }),
        replyBy,
      })
      day = Math.min(t - 1, day + rng.int(spacing - 1, spacing + 1))
      if (j + 1 < plan.openUrges && day === drafts.at(-1)!.day) break
    }
  }

  // Answered urges: each met by the owner's reply within the reply-by date, before any open urge.
  if (plan.answeredUrges > 0 && fate.kind !== 'planned') {
    const hi = Math.min(activityLimit, firstOpenUrge - 1)
    let lo = c + 6
    const share = Math.floor((hi - lo) / plan.answeredUrges)
    for (let j = 0; j < plan.answeredUrges && share >= 2; j++) {
      const urgeDay = rng.int(lo, lo + share - 2)
      const replyDay = Math.min(lo + share - 1, urgeDay + rng.int(1, 3))
      const replyBy = clock.date(urgeDay + rng.int(Math.max(3, replyDay - urgeDay), 7))
      drafts.push({
        kind: 'urge',
        author: crew.urger,
        day: urgeDay,
        rank: rank.urge,
        note: fill(rng.pick(urgeNotes.first), vars, { date: monthDay(replyBy) }),
        replyBy,
      })
      drafts.push({
        kind: 'reply',
        author: crew.replier,
        day: replyDay,
        rank: rank.reply,
        note: crew.replyPrefix + replyNote(rng.int(0, 9), rng.int(0, 9)),
      })
      lo += share
    }
  }

  // On-site checks by the roving team, no later than the owner's last report.
  if (fate.kind !== 'planned') {
    for (const day of distinctDays(rng, plan.inspections, c + 5, activityLimit)) {
      const visitedOn = clock.date(Math.max(c, day - (rng.chance(0.3) ? 1 : 0)))
      drafts.push({
        kind: 'inspection',
        author: crew.inspector,
        day,
        rank: rank.inspection,
        note: fill(rng.pick(inspectionNotes[input.mode]), vars, { k: rng.int(3, 12) }),
        visitedOn,
      })
    }
  }

  // Leaders' instructions: the hand-written ones of the 8 and N lists, or a general one.
  const instructionTexts =
    input.instructions ?? Array.from({ length: plan.instructions }, () => fill(rng.pick(instructionNotes), vars))
  const leader = crew.leaders.find((user) => user.name === input.leadLeader)
  const instructionDays = distinctDays(rng, instructionTexts.length, c + 3, t - 1)
  instructionDays.forEach((day, i) => {
    drafts.push({
      kind: 'instruction',
      author: leader ?? rng.pick(crew.leaders),
      day,
      rank: rank.instruction,
      note: instructionTexts[i]!,
    })
  })

  drafts.sort((a, b) => a.day - b.day || a.rank - b.rank)

  const createdMinute = rng.int(8 * 60 + 30, 10 * 60 + 30)
  const createdAt = clock.instant(c, createdMinute)
  const updates: Update[] = []
  const sortKeys: number[] = []
  let status: ItemStatus = 'planned'
  let progress = 0
  let completionNote: string | null = null
  let version = 1
  let closedAt: string | null = null
  let minute = 0
  let previousDay = -1
  drafts.forEach((draft, i) => {
    minute =
      draft.day === previousDay
        ? Math.min(dayMinutes - 1, minute + rng.int(20, 90))
        : rng.int(8 * 60 + 30, 16 * 60 + 30)
    previousDay = draft.day
    const at = clock.instant(draft.day, minute)
    const { author, day: _day, rank: _rank, ...fields } = draft
    const update: Update = {
      id: `${input.itemId}-${String(i + 1).padStart(2, '0')}`,
      itemId: input.itemId,
      at,
      authorId: author.id,
      authorName: author.name,
      authorRole: author.role,
      ...fields,
    }
    updates.push(update)
    sortKeys.push(draft.day * dayMinutes + minute)
    if (update.progress !== undefined) progress = update.progress
    if (update.toStatus !== undefined) {
      status = update.toStatus
      if (update.toStatus === 'done') completionNote = update.note
      if (update.toStatus === 'in_progress' && update.fromStatus === 'done') completionNote = null
      if (update.toStatus === 'closed') closedAt = at
    }
    if (update.kind === 'progress' || update.kind === 'status') version += 1
  })
  if (closedDay !== null && closedAt === null) throw new Error(`seed: ${input.itemId} lost its strike-off`)

  return {
    updates,
    sortKeys,
    createdAt,
    createdKey: c * dayMinutes + createdMinute,
    deadlineDay,
    status,
    progress,
    completionNote,
    updatedAt: updates.at(-1)?.at ?? createdAt,
    version,
    closedAt,
  }
}
