import type { Board } from '@/domain/model/board'
import { isFinished } from '@/domain/status'
import { t } from '@/lib/strings/strings'

/** Above this many items the board is drawn on a canvas instead of one link per item. */
export const domChipLimit = 2000

/** What a chip says: its light, or 已办结/已销号 once the item is finished. */
export function chipState(board: Board, index: number): string {
  const status = board.status[index]
  const light = board.light[index]
  if (status !== undefined && isFinished(status)) return t.status[status]
  return light ? t.light[light] : t.list.none
}

export function chipName(board: Board, index: number): string {
  return t.wall.chipName(
    board.code[index] ?? '',
    board.title[index] ?? '',
    chipState(board, index),
    board.key[index] === true,
  )
}

export type LightTally = { red: number; yellow: number; green: number; done: number }

export function countBoardLights(board: Board): LightTally {
  const tally: LightTally = { red: 0, yellow: 0, green: 0, done: 0 }
  for (const light of board.light) {
    if (light === 'none') tally.done += 1
    else tally[light] += 1
  }
  return tally
}
