import { queryOptions } from '@tanstack/react-query'
import { PublicBoardSchema } from '@/domain/model/public-board'
import { http } from './http'

export const publicBoardKeys = {
  all: ['public-board'] as const,
  board: () => [...publicBoardKeys.all, 'current'] as const,
}

/** 公示: open to anyone, with no personal data, notes or instructions. */
export function getPublicBoard(signal?: AbortSignal) {
  return http('/public/board', PublicBoardSchema, { signal })
}

export const publicBoardQuery = () =>
  queryOptions({
    queryKey: publicBoardKeys.board(),
    queryFn: ({ signal }) => getPublicBoard(signal),
  })
