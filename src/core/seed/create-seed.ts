import type { IsoDate } from '@/domain/dates'
import type { ItemRecord } from '@/domain/history'
import { createdEntry } from '@/domain/trail'
import type { DemandChannel } from '@/domain/model/demand'
import type { Update } from '@/domain/model/update'
import type { User } from '@/domain/model/user'
import { createCampaign, listIds } from './campaign-definition'
import { writeDemands, type DemandCounts, type DemandTarget, type DemandUnit } from './demands'
import { eightThings } from './eight-things'
import { demoFigures, planGrassroots, scaledFigures, type Pin } from './grassroots-fates'
import { grassrootsEntries } from './grassroots-items'
import { topics } from './grassroots-topics'
import { seedExtensions } from './extensions'
import { writeHistory, type Crew, type History, type HistoryInput } from './item-history'
import type { ItemPlan } from './item-plan'
import { nDifficulties } from './n-difficulties'
import { officePhone, personName } from './person-names'
import { seedClock, type SeedClock } from './seed-clock'
import { seededRandom, type Random } from './seeded-random'
import { demoUnits, departments, largeUnits, teamsByFlavour, type Flavour, type ItemUnit } from './units'
import { demoUsers } from './users'
import type { ReadModelData } from '../read-model/read-model'

// The deterministic demo campaign: the same `today` and size give the same data, byte for byte.
// Everything is dated on days before `today`, so the figures hold whatever the hour.

export type SeedSize = 'demo' | 'large'

/** Every table of a campaign, as the read model is filled with it. */
export type SeedData = ReadModelData

const seedNumber = 0x5eed0531
const largeDoubleHundred = 50_000

type SizeShape = {
  /** 双百 items with two demands behind them, and with one. */
  linkedTwice: number
  linkedOnce: number
  demands: DemandCounts
  /** 双百 items whose extension request was approved, and items with one waiting today. */
  extensions: { approved: number; pending: number }
}

const shapes: Record<SeedSize, SizeShape> = {
  demo: {
    linkedTwice: 50,
    linkedOnce: 100,
    demands: { merged: 26, rejected: 30, answered: 40, fresh: 50 },
    extensions: { approved: 6, pending: 4 },
  },
  large: {
    linkedTwice: 3_400,
    linkedOnce: 6_800,
    demands: { merged: 1_100, rejected: 1_300, answered: 1_700, fresh: 2_179 },
    extensions: { approved: 600, pending: 400 },
  },
}

type Built = { record: ItemRecord; history: History; target: DemandTarget; crew: Crew }

type ItemFields = Pick<
  ItemRecord,
  'title' | 'content' | 'beneficiaries' | 'category' | 'unitId' | 'leadLeader' | 'owner' | 'ownerPhone' | 'key'
>

function buildItem(
  rng: Random,
  clock: SeedClock,
  crew: Crew,
  ids: { id: string; code: string; listId: string; listShortName: string },
  fields: ItemFields,
  history: Omit<HistoryInput, 'itemId'>,
  demand: { count: number; voices: readonly string[]; unitId: string | null },
): Built {
  const written = writeHistory(rng, clock, crew, { ...history, itemId: ids.id })
  const record: ItemRecord = {
    id: ids.id,
    code: ids.code,
    listId: ids.listId,
    ...fields,
    deadline: clock.date(written.deadlineDay),
    status: written.status,
    progress: written.progress,
    demandIds: [],
    completionNote: written.completionNote,
    createdAt: written.createdAt,
    updatedAt: written.updatedAt,
    version: written.version,
  }
  const target: DemandTarget = {
    itemId: ids.id,
    unitId: demand.unitId,
    createdDay: history.plan.createdDay,
    createdAt: written.createdAt,
    voices: demand.voices,
    count: demand.count,
    adoptionReply: `已采纳，纳入${ids.listShortName.includes('“') ? ids.listShortName : `“${ids.listShortName}”`}项目${ids.code}办理。`,
    closed:
      written.closedAt !== null && written.completionNote !== null
        ? { at: written.closedAt, note: written.completionNote }
        : null,
  }
  return { record, history: written, target, crew }
}

function crews(users: readonly User[], unitName: (id: string) => string): (listId: string, unitId: string) => Crew {
  const byId = (id: string) => {
    const user = users.find((candidate) => candidate.id === id)
    if (!user) throw new Error(`seed: no user ${id}`)
    return user
  }
  const [supervisor1, supervisor2, admin] = [byId('supervisor-1'), byId('supervisor-2'), byId('admin-1')]
  const leaders = [byId('leader-1'), byId('leader-2')]
  const secretaries = new Map(
    users.filter((user) => user.role === 'secretary' && user.unitId !== null).map((user) => [user.unitId!, user]),
  )
  const cache = new Map<string, Crew>()
  return (listId, unitId) => {
    const cacheKey = `${listId}|${unitId}`
    const cached = cache.get(cacheKey)
    if (cached) return cached
    const secretary = secretaries.get(unitId)
    // Supervision records progress for units without a demo secretary; a reply is the unit's own word,
    // which only a secretary or the admin may post, so the admin records those on the unit's behalf.
    const crew: Crew = {
      recorder: secretary ?? supervisor1,
      replier: secretary ?? admin,
      replyPrefix: secretary ? '' : `（${unitName(unitId)}回复，活动办代录）`,
      inspector: supervisor2,
      urger: listId === listIds.doubleHundred ? supervisor2 : supervisor1,
      surveyor: supervisor2,
      // Whoever reported the work done never strikes it off: a second supervisor confirms.
      closer: secretary ? supervisor1 : supervisor2,
      leaders,
    }
    cache.set(cacheKey, crew)
    return crew
  }
}

function channelsFor(unitId: string): readonly (readonly [DemandChannel, number])[] {
  const base: [DemandChannel, number][] = [
    ['symposium', 24],
    ['reception_day', 20],
    ['echo_wall', 16],
    ['qr_form', 10],
    ['questionnaire', 9],
    ['diary', 9],
  ]
  // 袁店二矿 put up the complaint board (吐槽栏); 朱庄矿 runs the party members' talk room (党员说事室).
  if (unitId === 'yuandian2' || unitId.startsWith('yuandian2-')) base.push(['complaint_board', 110])
  if (unitId === 'zhuzhuang' || unitId.startsWith('zhuzhuang-')) base.push(['talk_room', 130])
  return base
}

function demandUnits(itemUnits: readonly ItemUnit[]): {
  grassroots: DemandUnit[]
  departments: DemandUnit[]
  byId: Map<string, DemandUnit>
} {
  const voicesByFlavour = new Map<Flavour, string[]>()
  for (const flavour of ['mine', 'coking', 'rail', 'property'] as const) {
    const voices = topics
      .filter((topic) => topic.flavours.includes(flavour))
      .flatMap((topic) => topic.voices.filter((voice) => !voice.includes('{')))
    voicesByFlavour.set(flavour, [...voices, ...eightThings.flatMap((thing) => thing.voices)])
  }
  const grassroots = itemUnits.map((unit): DemandUnit => ({
    id: unit.id,
    // The two units with channels of their own heard more.
    weight: unit.staff * (unit.id === 'yuandian2' || unit.id === 'zhuzhuang' ? 3 : 1),
    teams: unit.team ? [unit.team] : teamsByFlavour[unit.flavour].map(([name]) => name),
    channels: channelsFor(unit.id),
    voices: voicesByFlavour.get(unit.flavour)!,
  }))
  const departmentUnits = departments.map((dept): DemandUnit => ({
    id: dept.id,
    weight: 1,
    teams: ['机关'],
    channels: [
      ['symposium', 30],
      ['reception_day', 25],
      ['echo_wall', 25],
      ['qr_form', 20],
    ],
    voices: nDifficulties.flatMap((difficulty) => difficulty.voices),
  }))
  const byId = new Map([...grassroots, ...departmentUnits].map((unit) => [unit.id, unit]))
  return { grassroots, departments: departmentUnits, byId }
}

export function createSeed(options: { today: IsoDate; size?: SeedSize }): SeedData {
  const size = options.size ?? 'demo'
  const shape = shapes[size]
  const clock = seedClock(options.today)
  const root = seededRandom(seedNumber)
  const campaign = createCampaign(clock)
  const unitSet = size === 'large' ? largeUnits(largeDoubleHundred) : demoUnits()
  const users = demoUsers()
  const unitNames = new Map(unitSet.units.map((unit) => [unit.id, unit.name]))
  const unitName = (id: string) => unitNames.get(id) ?? id
  const crewFor = crews(users, unitName)
  const shortName = (listId: string) => campaign.lists.find((list) => list.id === listId)?.shortName ?? listId
  const built: Built[] = []

  // The 8 key things: all under way, led by group leaders, with instructions.
  const eightRng = root.fork('eight')
  eightThings.forEach((thing, i) => {
    const code = `SS-${String(i + 1).padStart(2, '0')}`
    const plan: ItemPlan = {
      createdDay: eightRng.int(8, 12),
      fate: { kind: 'active', variant: 'green', progress: thing.progress, deadlineDay: thing.deadlineDay },
      answeredUrges: i === 2 || i === 7 ? 1 : 0,
      openUrges: 0,
      inspections: eightRng.int(1, 2),
      instructions: thing.instructions.length,
    }
    built.push(
      buildItem(
        eightRng,
        clock,
        crewFor(listIds.eight, thing.unitId),
        { id: code.toLowerCase(), code, listId: listIds.eight, listShortName: shortName(listIds.eight) },
        {
          title: thing.title,
          content: thing.content,
          beneficiaries: thing.beneficiaries,
          category: thing.category,
          unitId: thing.unitId,
          leadLeader: thing.leadLeader,
          owner: personName(eightRng),
          ownerPhone: officePhone(eightRng),
          key: false,
        },
        {
          unitName: unitName(thing.unitId),
          plan,
          object: thing.object,
          mode: 'service',
          steps: thing.steps,
          doneNote: thing.doneNote,
          instructions: thing.instructions,
          leadLeader: thing.leadLeader,
        },
        { count: thing.demandCount, voices: thing.voices, unitId: null },
      ),
    )
  })

  // The N difficulties: 10 done (6 struck off), the rest under way.
  const nRng = root.fork('n')
  const nDoneDays = [30, 36, 41, 47, 52, 58, 63, 69, 75, 82]
  let nDone = 0
  nDifficulties.forEach((difficulty, i) => {
    const code = `NT-${String(i + 1).padStart(2, '0')}`
    const outcome = difficulty.outcome
    const finished = outcome === 'closed' || outcome === 'done' || outcome === 'done-surveyed'
    const plan: ItemPlan = {
      createdDay: nRng.int(12, 22),
      fate: finished
        ? {
            kind: 'done',
            doneDay: nDoneDays[nDone++]!,
            closed: outcome === 'closed',
            surveyed: outcome !== 'done',
            reopened: false,
          }
        : { kind: 'active', variant: outcome },
      answeredUrges: difficulty.answeredUrges ?? 0,
      openUrges: difficulty.openUrges ?? 0,
      inspections: nRng.int(0, 1),
      instructions: 0,
    }
    built.push(
      buildItem(
        nRng,
        clock,
        crewFor(listIds.n, difficulty.unitId),
        { id: code.toLowerCase(), code, listId: listIds.n, listShortName: shortName(listIds.n) },
        {
          title: difficulty.title,
          content: difficulty.content,
          beneficiaries: difficulty.beneficiaries,
          category: difficulty.category,
          unitId: difficulty.unitId,
          leadLeader: difficulty.leadLeader,
          owner: personName(nRng),
          ownerPhone: nRng.chance(0.6) ? officePhone(nRng) : null,
          key: false,
        },
        {
          unitName: unitName(difficulty.unitId),
          plan,
          object: difficulty.object,
          mode: 'service',
          steps: difficulty.steps,
          doneNote: difficulty.doneNote,
          instructions: null,
          leadLeader: difficulty.leadLeader,
        },
        { count: difficulty.demandCount, voices: difficulty.voices, unitId: null },
      ),
    )
  })

  // The grassroots 双百 list.
  const grassrootsRng = root.fork(`double-hundred:${size}`)
  const { entries, pinnedAt } = grassrootsEntries(grassrootsRng, unitSet.itemUnits)
  const figures = size === 'large' ? scaledFigures(entries.length) : demoFigures
  if (entries.length !== figures.total)
    throw new Error(`seed: ${entries.length} 双百 entries, expected ${figures.total}`)
  const pins = new Map<number, Pin>()
  for (const [i, pin] of pinnedAt) pins.set(i, { key: pin.unitId !== 'zhuzhuang', closed: pin.unitId !== 'yuandian2' })
  const { key, plans } = planGrassroots(grassrootsRng, figures, pins, clock.todayDay)
  const linkedCount = new Array<number>(entries.length).fill(0)
  const linkable = grassrootsRng.sample(
    entries.map((_, i) => i),
    shape.linkedTwice + shape.linkedOnce,
  )
  linkable.forEach((i, j) => (linkedCount[i] = j < shape.linkedTwice ? 2 : 1))
  const width = Math.max(3, String(entries.length).length)
  entries.forEach((entry, i) => {
    const code = `SB-${String(i + 1).padStart(width, '0')}`
    built.push(
      buildItem(
        grassrootsRng,
        clock,
        crewFor(listIds.doubleHundred, entry.unit.id),
        {
          id: code.toLowerCase(),
          code,
          listId: listIds.doubleHundred,
          listShortName: shortName(listIds.doubleHundred),
        },
        {
          title: entry.title,
          content: entry.content,
          beneficiaries: entry.beneficiaries,
          category: entry.category,
          unitId: entry.unit.id,
          leadLeader: null,
          owner: entry.owner,
          ownerPhone: entry.ownerPhone,
          key: key[i]!,
        },
        {
          unitName: entry.unit.name,
          plan: plans[i]!,
          object: entry.object,
          mode: entry.mode,
          steps: null,
          doneNote: entry.doneNote,
          instructions: null,
          leadLeader: null,
        },
        { count: linkedCount[i]!, voices: entry.voices, unitId: entry.unit.id },
      ),
    )
  })

  const { demands, byItem } = writeDemands(
    root.fork(`demands:${size}`),
    clock,
    built.map((item) => item.target),
    demandUnits(unitSet.itemUnits),
    shape.demands,
  )
  const { originalDeadlines } = seedExtensions(
    root.fork(`extensions:${size}`),
    clock,
    built
      .filter((item) => item.record.listId === listIds.doubleHundred)
      .map((item) => ({ record: item.record, history: item.history, requester: item.crew.recorder })),
    [supervisorOf(users, 'supervisor-1'), supervisorOf(users, 'supervisor-2')],
    shape.extensions,
  )
  const items = built.map((item) => {
    item.record.demandIds = byItem.get(item.record.id) ?? []
    // The trail starts with the item as created, by whoever keeps its record.
    const list = campaign.lists.find((candidate) => candidate.id === item.record.listId)
    const original = originalDeadlines.get(item.record.id)
    const created = createdEntry(
      original ? { ...item.record, deadline: original } : item.record,
      item.crew.recorder,
      { id: `${item.record.id}-00`, at: '' },
      `列入${list?.name ?? '清单'}`,
    )
    item.history.updates.unshift(created)
    item.history.sortKeys.unshift(item.history.createdKey)
    return item.record
  })

  return {
    campaign,
    units: unitSet.units,
    users,
    items,
    updates: oldestFirst(built.map((item) => item.history)),
    demands,
  }
}

/**
 * All updates, oldest first: a counting sort on the minute of the campaign (linear, and stable, so
 * each item keeps its own order on equal instants).
 */
function oldestFirst(histories: readonly History[]): Update[] {
  let maxKey = 0
  let total = 0
  for (const history of histories) {
    total += history.updates.length
    for (const key of history.sortKeys) if (key > maxKey) maxKey = key
  }
  const starts = new Uint32Array(maxKey + 2)
  for (const history of histories) for (const key of history.sortKeys) starts[key + 1]! += 1
  for (let key = 1; key < starts.length; key++) starts[key]! += starts[key - 1]!
  const sorted = new Array<Update>(total)
  for (const history of histories) {
    history.updates.forEach((update, i) => {
      const key = history.sortKeys[i]!
      sorted[starts[key]!] = update
      starts[key]! += 1
    })
  }
  return sorted
}

function supervisorOf(users: readonly User[], id: string): User {
  const user = users.find((candidate) => candidate.id === id)
  if (!user) throw new Error(`seed: no user ${id}`)
  return user
}
