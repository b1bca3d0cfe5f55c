import { addDays, type IsoDate } from './dates'
import type { UrgeState } from './model/item'
import type { Update } from './model/update'

/** How many unanswered urges put an item on the red list shown to leadership. */
export const redListUrges = 3

/** How long an urge gives the owner to reply unless the supervisor sets another date. */
export const defaultReplyDays = 7

/** The reply-by date an urge posted `today` starts with. */
export function defaultReplyBy(today: IsoDate): IsoDate {
  return addDays(today, defaultReplyDays)
}

/** The urge ladder: each urge waits for the owner's reply; a reply answers every urge before it. */
export function urgeState(updates: readonly Pick<Update, 'kind' | 'replyBy'>[]): UrgeState {
  let count = 0
  let open = 0
  let replyBy: IsoDate | null = null
  for (const update of updates) {
    if (update.kind === 'urge') {
      count += 1
      open += 1
      if (update.replyBy && (replyBy === null || update.replyBy < replyBy)) replyBy = update.replyBy
    } else if (update.kind === 'reply') {
      open = 0
      replyBy = null
    }
  }
  return { count, open, replyBy, redList: open >= redListUrges }
}

/** An open urge whose reply-by date has passed. */
export function isReplyOverdue(state: UrgeState, today: IsoDate): boolean {
  return state.open > 0 && state.replyBy !== null && today > state.replyBy
}
