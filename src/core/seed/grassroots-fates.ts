import type { ActiveVariant, ItemPlan } from './item-plan'
import type { Random } from './seeded-random'

// Where each 双百 item stands today, decided up front so that the figures of seed 000 hold exactly:
// 471 items, 100 key items, 231 done of which 34 key items. The rest is in proportion.

type Flagged = Exclude<ActiveVariant, 'green'>

export type GrassrootsFigures = {
  total: number
  key: number
  done: number
  keyDone: number
  /** Struck off: the part of `done` that passed the satisfaction follow-up. */
  closed: number
  /** Done, surveyed, waiting for the strike-off. */
  surveyedAwaiting: number
  /** Done once, sent back by supervision, done again. */
  reopened: number
  planned: number
  /** Items under way that are not green; the rest of those under way are. */
  flagged: Record<Flagged, number>
  redList: number
  openUrges: number
  answeredUrges: number
}

export const demoFigures: GrassrootsFigures = {
  total: 471,
  key: 100,
  done: 231,
  keyDone: 34,
  closed: 139,
  surveyedAwaiting: 28,
  reopened: 2,
  planned: 10,
  flagged: { 'yellow-gap': 12, 'yellow-stale': 12, 'yellow-due': 10, 'red-overdue': 8, 'red-gap': 3, 'red-stale': 3 },
  redList: 4,
  openUrges: 12,
  answeredUrges: 45,
}

/** The demo's shares over `total` items; the key selection stays at the list's 100. */
export function scaledFigures(total: number): GrassrootsFigures {
  const scale = (n: number) => Math.round((n * total) / demoFigures.total)
  const flagged = { ...demoFigures.flagged }
  for (const name of Object.keys(flagged) as Flagged[]) flagged[name] = scale(flagged[name])
  return {
    ...demoFigures,
    total,
    done: scale(demoFigures.done),
    closed: scale(demoFigures.closed),
    surveyedAwaiting: scale(demoFigures.surveyedAwaiting),
    reopened: scale(demoFigures.reopened),
    planned: scale(demoFigures.planned),
    flagged,
    redList: scale(demoFigures.redList),
    openUrges: scale(demoFigures.openUrges),
    answeredUrges: scale(demoFigures.answeredUrges),
  }
}

/** An item whose fate the seed fixes (袁店二矿新建职工超市 and the like). */
export type Pin = { key: boolean; closed: boolean }

/** The earliest day a 双百 item may be finished on (the first items were listed two weeks in). */
const firstDoneDay = 22

export function planGrassroots(
  rng: Random,
  figures: GrassrootsFigures,
  pins: ReadonlyMap<number, Pin>,
  todayDay: number,
): { key: boolean[]; plans: ItemPlan[] } {
  const n = figures.total
  const indexes = Array.from({ length: n }, (_, i) => i)
  const key = new Array<boolean>(n).fill(false)
  const done = new Array<boolean>(n).fill(false)
  for (const [i, pin] of pins) {
    key[i] = pin.key
    done[i] = pin.closed
  }
  const take = (candidates: number[], count: number, mark: (i: number) => void) => {
    rng.shuffle(candidates)
    for (let j = 0; j < count && j < candidates.length; j++) mark(candidates[j]!)
  }
  const count = (test: (i: number) => boolean) => indexes.reduce((sum, i) => sum + (test(i) ? 1 : 0), 0)

  take(
    indexes.filter((i) => !pins.has(i)),
    figures.key - count((i) => key[i]!),
    (i) => (key[i] = true),
  )
  take(
    indexes.filter((i) => key[i] && !pins.has(i)),
    figures.keyDone - count((i) => key[i]! && done[i]!),
    (i) => (done[i] = true),
  )
  take(
    indexes.filter((i) => !key[i] && !pins.has(i)),
    figures.done - figures.keyDone - count((i) => !key[i] && done[i]!),
    (i) => (done[i] = true),
  )

  // Finishing dates: quantiles of a rising density, so the weekly burn-up climbs smoothly.
  const doneIndexes = indexes.filter((i) => done[i])
  const lastDoneDay = todayDay - 2
  const days = doneIndexes.map((_, j) => {
    const u = (j + rng.next()) / doneIndexes.length
    return Math.round(firstDoneDay + (lastDoneDay - firstDoneDay) * (0.45 * u + 0.55 * Math.sqrt(u)))
  })
  rng.shuffle(days)
  const doneDay = new Map<number, number>()
  doneIndexes.forEach((i, j) => doneDay.set(i, days[j]!))
  // A pinned strike-off needs time for its survey: give it an early finishing day.
  for (const [i, pin] of pins) {
    if (!pin.closed) continue
    const early = doneIndexes.find((other) => !pins.has(other) && doneDay.get(other)! <= 60)
    if (early !== undefined && doneDay.get(i)! > 60) {
      const held = doneDay.get(i)!
      doneDay.set(i, doneDay.get(early)!)
      doneDay.set(early, held)
    }
  }

  const closed = new Set<number>()
  for (const [i, pin] of pins) if (pin.closed) closed.add(i)
  const closable = doneIndexes
    .filter((i) => !closed.has(i) && doneDay.get(i)! <= todayDay - 7)
    .map((i) => [i, doneDay.get(i)! + rng.int(0, 30)] as const)
    .sort((a, b) => a[1] - b[1] || a[0] - b[0])
  for (const [i] of closable) {
    if (closed.size >= figures.closed) break
    closed.add(i)
  }
  const reopened = new Set(
    rng.sample(
      doneIndexes.filter((i) => !pins.has(i) && doneDay.get(i)! >= 45),
      figures.reopened,
    ),
  )
  const surveyed = new Set(
    rng.sample(
      doneIndexes.filter((i) => !closed.has(i) && doneDay.get(i)! <= todayDay - 5),
      figures.surveyedAwaiting,
    ),
  )

  const notDone = indexes.filter((i) => !done[i])
  const planned = new Set<number>()
  take(
    notDone.filter((i) => !key[i] && !pins.has(i)),
    figures.planned,
    (i) => planned.add(i),
  )
  const active = notDone.filter((i) => !planned.has(i))
  const variantPool: ActiveVariant[] = []
  for (const [variant, howMany] of Object.entries(figures.flagged) as [Flagged, number][])
    for (let j = 0; j < howMany; j++) variantPool.push(variant)
  const unpinnedActive = active.filter((i) => !pins.has(i))
  while (variantPool.length < unpinnedActive.length) variantPool.push('green')
  rng.shuffle(variantPool)
  const variantOf = new Map<number, ActiveVariant>()
  unpinnedActive.forEach((i, j) => variantOf.set(i, variantPool[j]!))
  for (const i of active) if (pins.has(i)) variantOf.set(i, 'green')

  // Urges: the red list from the items that went quiet, open urges where work lags, answered ones anywhere.
  const openUrges = new Map<number, number>()
  const byVariant = (variant: ActiveVariant) => rng.shuffle(active.filter((i) => variantOf.get(i) === variant))
  const redCandidates = [...byVariant('red-stale'), ...byVariant('yellow-stale'), ...byVariant('red-gap')]
  for (const i of redCandidates.slice(0, figures.redList)) openUrges.set(i, rng.chance(0.3) ? 4 : 3)
  const laggards = active.filter((i) => !openUrges.has(i) && variantOf.get(i) !== 'green')
  for (const i of rng.sample(laggards, figures.openUrges)) openUrges.set(i, rng.int(1, 2))
  const answered = new Map<number, number>()
  for (const i of rng.sample([...active, ...doneIndexes.filter((i) => doneDay.get(i)! >= 35)], figures.answeredUrges))
    answered.set(i, rng.chance(0.2) ? 2 : 1)

  const earlyDay = (lo: number, hi: number) => lo + Math.floor((hi - lo + 1) * rng.next() ** 1.4)
  const plans = indexes.map((i): ItemPlan => {
    const supervision = {
      answeredUrges: answered.get(i) ?? 0,
      openUrges: openUrges.get(i) ?? 0,
      inspections: key[i] ? rng.int(1, 2) : rng.chance(0.3) ? 1 : 0,
      instructions: key[i] && rng.chance(0.12) ? 1 : 0,
    }
    if (planned.has(i))
      return {
        createdDay: rng.int(todayDay - 13, todayDay - 5),
        fate: { kind: 'planned' },
        answeredUrges: 0,
        openUrges: 0,
        inspections: 0,
        instructions: 0,
      }
    const finished = doneDay.get(i)
    if (finished !== undefined) {
      const isReopened = reopened.has(i)
      return {
        ...supervision,
        openUrges: 0,
        createdDay: earlyDay(14, Math.min(50, finished - (isReopened ? 20 : 8))),
        fate: {
          kind: 'done',
          doneDay: finished,
          closed: closed.has(i),
          surveyed: closed.has(i) || surveyed.has(i),
          reopened: isReopened,
        },
      }
    }
    const variant = variantOf.get(i)!
    const latest = variant === 'yellow-due' ? 36 : variant === 'red-stale' ? 48 : 50
    return { ...supervision, createdDay: earlyDay(14, latest), fate: { kind: 'active', variant } }
  })
  return { key, plans }
}
