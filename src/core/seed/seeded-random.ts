// A small seeded PRNG (mulberry32) and the few helpers the seed needs. The seed never calls
// Math.random: the same seed always gives the same campaign.

export type Random = {
  /** A number in [0, 1). */
  next(): number
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number
  chance(probability: number): boolean
  pick<T>(items: readonly T[]): T
  /** Shuffles in place (Fisher–Yates) and returns the same array. */
  shuffle<T>(items: T[]): T[]
  /** `count` distinct entries in random order. */
  sample<T>(items: readonly T[], count: number): T[]
  weighted<T>(entries: readonly (readonly [T, number])[]): T
  /** An independent stream for one part of the seed, so that changing one part leaves the others as they were. */
  fork(label: string): Random
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

/** FNV-1a: turns a label into 32 bits. */
function hash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

export function seededRandom(seed: number): Random {
  const next = mulberry32(seed)
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: (items) => {
      if (items.length === 0) throw new Error('seed: pick from an empty list')
      return items[Math.floor(next() * items.length)]!
    },
    shuffle: (items) => {
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1))
        const held = items[i]!
        items[i] = items[j]!
        items[j] = held
      }
      return items
    },
    sample: (items, count) => random.shuffle([...items]).slice(0, count),
    weighted: (entries) => {
      let total = 0
      for (const [, weight] of entries) total += weight
      let roll = next() * total
      for (const [value, weight] of entries) {
        roll -= weight
        if (roll < 0) return value
      }
      const last = entries.at(-1)
      if (!last) throw new Error('seed: weighted pick from an empty list')
      return last[0]
    },
    fork: (label) => seededRandom((seed ^ hash(label)) >>> 0),
  }
  return random
}
