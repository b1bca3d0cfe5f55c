import { addDays, chinaClock, type IsoDate } from './dates'
import { allow, invalid, type Decision } from './decision'
import type { UrgeState } from './model/item'
import type { Update } from './model/update'

/** How long an urge gives the owner to reply unless the supervisor sets another date. */
export const defaultReplyDays = 7

/** A second urge on the same item within this many hours of the last one is refused. */
export const urgeRepeatHours = 24

/** The reply-by date an urge posted `today` starts with. */
export function defaultReplyBy(today: IsoDate): IsoDate {
  return addDays(today, defaultReplyDays)
}

/** The urge ladder without the red list (red-list.ts adds it, since it also weighs the deadline). */
export type UrgeLadder = Omit<UrgeState, 'redList'>

/**
 * The urge ladder on `today`: each urge waits for the owner's reply; a reply answers every urge before it.
 * An open urge is missed once its reply-by date has passed (a reply on that date is in time).
 */
export function urgeState(updates: readonly Pick<Update, 'kind' | 'replyBy'>[], today: IsoDate): UrgeLadder {
  let count = 0
  let open = 0
  let replyBy: IsoDate | null = null
  let missed = 0
  for (const update of updates) {
    if (update.kind === 'urge') {
      count += 1
      open += 1
      if (update.replyBy && (replyBy === null || update.replyBy < replyBy)) replyBy = update.replyBy
      if (update.replyBy && update.replyBy < today) missed += 1
    } else if (update.kind === 'reply') {
      open = 0
      replyBy = null
      missed = 0
    }
  }
  return { count, open, replyBy, missed }
}

/** An open urge whose reply-by date has passed. */
export function isReplyOverdue(state: Pick<UrgeState, 'open' | 'replyBy'>, today: IsoDate): boolean {
  return state.open > 0 && state.replyBy !== null && today > state.replyBy
}

const timeText = (instant: Date) => {
  const china = chinaClock(instant).toISOString()
  return `${Number(china.slice(5, 7))}月${Number(china.slice(8, 10))}日 ${china.slice(11, 16)}`
}

/**
 * A repeat urge within `urgeRepeatHours` of the item's last urge is refused (422 on `kind`): pressing
 * the button again is not a second urge. `updates` is the item's history; `now` the request's clock.
 */
export function canUrgeAgain(updates: readonly Pick<Update, 'kind' | 'at'>[], now: Date): Decision {
  let last: number | null = null
  for (const update of updates) {
    if (update.kind !== 'urge') continue
    const at = Date.parse(update.at)
    if (last === null || at > last) last = at
  }
  if (last === null) return allow
  const next = last + urgeRepeatHours * 60 * 60 * 1000
  if (now.getTime() >= next) return allow
  return invalid(
    `该项目已于 ${timeText(new Date(last))} 催办，${urgeRepeatHours} 小时内不能重复催办；${timeText(new Date(next))} 后可再次催办`,
    'kind',
  )
}
