import { lightOf } from '@/domain/light'
import type { Light } from '@/domain/model/item'
import type { ActiveVariant } from './item-plan'
import type { SeedClock } from './seed-clock'
import type { Random } from './seeded-random'

// Deadline, progress and the day of the last report of an item under way, chosen so that the
// domain's light rule (src/domain/light.ts) shows the planned colour today. Checked with lightOf;
// when a shape cannot be met the item falls back to green.

export type ActiveState = { deadlineDay: number; progress: number; lastActivityDay: number; variant: ActiveVariant }

const lightOfVariant: Record<ActiveVariant, Light> = {
  green: 'green',
  'yellow-gap': 'yellow',
  'yellow-stale': 'yellow',
  'yellow-due': 'yellow',
  'red-overdue': 'red',
  'red-gap': 'red',
  'red-stale': 'red',
}

const clamp = (value: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, value))

/** The progress the schedule expects today (the rule of expectedProgress, on day numbers). */
function expected(createdDay: number, deadlineDay: number, todayDay: number): number {
  return Math.round(clamp((todayDay - createdDay) / Math.max(1, deadlineDay - createdDay), 0, 1) * 100)
}

type Fixed = { progress?: number; deadlineDay?: number }

function shape(
  rng: Random,
  variant: ActiveVariant,
  c: number,
  clock: SeedClock,
  fixed: Fixed,
): Omit<ActiveState, 'variant'> {
  const t = clock.todayDay
  const recent = () => t - rng.int(1, 10)
  /** A deadline that makes the schedule expect about `target` percent today. */
  const deadlineFor = (target: number) =>
    Math.min(clock.endDay, Math.max(t + 20, c + Math.ceil(((t - c) * 100) / target)))
  switch (variant) {
    case 'green': {
      const deadlineDay = fixed.deadlineDay ?? rng.int(t + 25, clock.endDay)
      const e = expected(c, deadlineDay, t)
      return { deadlineDay, progress: fixed.progress ?? clamp(e + rng.int(-8, 25), 10, 95), lastActivityDay: recent() }
    }
    case 'yellow-gap': {
      const deadlineDay = deadlineFor(rng.int(45, 70))
      const e = expected(c, deadlineDay, t)
      return { deadlineDay, progress: clamp(e - rng.int(18, 28), 2, 95), lastActivityDay: recent() }
    }
    case 'red-gap': {
      const deadlineDay = deadlineFor(rng.int(60, 80))
      const e = expected(c, deadlineDay, t)
      return { deadlineDay, progress: clamp(e - rng.int(33, 45), 2, 95), lastActivityDay: recent() }
    }
    case 'yellow-stale': {
      const deadlineDay = rng.int(t + 25, clock.endDay)
      const e = expected(c, deadlineDay, t)
      return {
        deadlineDay,
        progress: clamp(e + rng.int(-5, 15), 5, 95),
        lastActivityDay: Math.max(c + 2, t - rng.int(16, 27)),
      }
    }
    case 'red-stale': {
      const deadlineDay = rng.int(t + 25, clock.endDay)
      const e = expected(c, deadlineDay, t)
      return {
        deadlineDay,
        progress: clamp(e + rng.int(-10, 10), 5, 90),
        lastActivityDay: Math.max(c + 2, t - rng.int(32, 40)),
      }
    }
    case 'yellow-due': {
      const deadlineDay = t + rng.int(8, 13)
      const e = expected(c, deadlineDay, t)
      return { deadlineDay, progress: rng.int(Math.max(40, e - 14), 79), lastActivityDay: recent() }
    }
    case 'red-overdue': {
      const deadlineDay = Math.max(c + 20, t - rng.int(2, 25))
      return { deadlineDay, progress: rng.int(40, 92), lastActivityDay: recent() }
    }
  }
}

export function shapeActive(
  rng: Random,
  variant: ActiveVariant,
  createdDay: number,
  clock: SeedClock,
  fixed: Fixed = {},
): ActiveState {
  const lightFor = (state: Omit<ActiveState, 'variant'>) =>
    lightOf(
      {
        status: 'in_progress',
        progress: state.progress,
        deadline: clock.date(state.deadlineDay),
        createdAt: clock.instant(createdDay, 9 * 60),
      },
      clock.date(state.lastActivityDay),
      clock.today,
    )
  const state = shape(rng, variant, createdDay, clock, fixed)
  if (state.progress > 0 && state.lastActivityDay > createdDay + 1 && lightFor(state) === lightOfVariant[variant])
    return { ...state, variant }
  const green = shape(rng, 'green', createdDay, clock, fixed)
  if (lightFor(green) !== 'green') throw new Error(`seed: cannot shape a green item created on day ${createdDay}`)
  return { ...green, variant: 'green' }
}
