import { fill } from './fill-template'
import { topics, type Topic } from './grassroots-topics'
import { mobilePhone, officePhone, personName } from './person-names'
import type { Random } from './seeded-random'
import { placesByFlavour, teamsByFlavour, wholeUnitWord, type ItemUnit } from './units'

// The ledger entries of the 双百 list: per unit, topics that fit the unit, written out with its
// teams, places and head counts, so that titles read like a real ledger and none repeats.

export type GrassrootsEntry = {
  unit: ItemUnit
  title: string
  content: string
  beneficiaries: string
  category: Topic['category']
  object: string
  mode: Topic['mode']
  doneNote: string
  voices: readonly string[]
  owner: string
  ownerPhone: string | null
}

/** A ledger entry the seed fixes: the examples seed 000 names. */
export type PinnedEntry = { unitId: string; topicId: string; titleIndex: number }

export const pinnedEntries: readonly PinnedEntry[] = [
  { unitId: 'yuandian2', topicId: 'supermarket', titleIndex: 0 },
  { unitId: 'linhuan-coking', topicId: 'commute-bus', titleIndex: 1 },
  { unitId: 'zhuzhuang', topicId: 'one-stop', titleIndex: 0 },
]

const round10 = (value: number) => Math.max(10, Math.round(value / 10) * 10)
const sequels = ['（二期）', '（三期）', '（四期）', '（五期）', '（六期）', '（七期）', '（八期）', '（九期）']

function topicVars(rng: Random, unit: ItemUnit): Record<string, string | number> {
  const fare = rng.int(5, 8)
  return {
    u: unit.name,
    t: unit.team === null ? rng.pick(teamsByFlavour[unit.flavour])[0] : '',
    p: rng.pick(placesByFlavour[unit.flavour]),
    all: wholeUnitWord[unit.flavour],
    staff: Math.round(unit.staff / 100) * 100 || unit.staff,
    under: round10(unit.staff * 0.6),
    teamStaff: round10(unit.staff * (0.06 + rng.next() * 0.2)),
    dorm: rng.int(12, 48) * 10,
    kids: rng.int(18, 90),
    needy: rng.int(12, 68),
    k: rng.int(2, 9),
    k2: rng.int(2, 9),
    m: rng.int(8, 160),
    a: fare,
    b: fare - rng.int(2, 3),
  }
}

export function grassrootsEntries(
  rng: Random,
  units: readonly ItemUnit[],
): { entries: GrassrootsEntry[]; pinnedAt: Map<number, PinnedEntry> } {
  const entries: GrassrootsEntry[] = []
  const pinnedAt = new Map<number, PinnedEntry>()
  const usedTitles = new Set<string>()
  const topicById = new Map(topics.map((topic) => [topic.id, topic]))

  for (const unit of units) {
    const fitting = topics.filter((topic) => topic.flavours.includes(unit.flavour))
    const owners = Array.from({ length: rng.int(3, 5) }, () => personName(rng))
    const order = rng.shuffle([...fitting])
    const pins = pinnedEntries.filter((pin) => pin.unitId === unit.id)
    const write = (topic: Topic, titleIndex: number | null): GrassrootsEntry => {
      let vars = topicVars(rng, unit)
      let title = fill(topic.titles[titleIndex ?? rng.int(0, topic.titles.length - 1)]!, vars)
      for (let attempt = 0; usedTitles.has(title) && attempt < 4; attempt++) {
        vars = topicVars(rng, unit)
        title = fill(rng.pick(topic.titles), vars)
      }
      for (let sequel = 0; usedTitles.has(title); sequel++)
        title = `${title.replace(/（.期）$/, '')}${sequels[sequel % sequels.length]}${sequel >= sequels.length ? sequel : ''}`
      usedTitles.add(title)
      return {
        unit,
        title,
        content: fill(topic.content, vars),
        beneficiaries: fill(topic.beneficiaries, vars),
        category: topic.category,
        object: topic.object,
        mode: topic.mode,
        doneNote: fill(topic.done, vars),
        voices: topic.voices.map((voice) => fill(voice, vars)),
        owner: rng.pick(owners),
        ownerPhone: rng.chance(0.45) ? (rng.chance(0.6) ? officePhone(rng) : mobilePhone(rng)) : null,
      }
    }
    for (const pin of pins) {
      const topic = topicById.get(pin.topicId)
      if (!topic) throw new Error(`seed: unknown topic ${pin.topicId}`)
      pinnedAt.set(entries.length, pin)
      entries.push(write(topic, pin.titleIndex))
    }
    const skip = new Set(pins.map((pin) => pin.topicId))
    const pool = order.filter((topic) => !skip.has(topic.id))
    for (let j = pins.length; j < unit.itemCount; j++) entries.push(write(pool[(j - pins.length) % pool.length]!, null))
  }
  return { entries, pinnedAt }
}
