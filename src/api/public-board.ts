import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import * as contract from '@/contract/public'
import { request } from './http'

/** What a worker picks on the board: a unit, a list, a page. */
export type PublicBoardFilters = {
  unit?: string | undefined
  list?: string | undefined
  page?: number | undefined
  pageSize?: number | undefined
}

export const publicBoardKeys = {
  all: ['public-board'] as const,
  board: (filters: PublicBoardFilters = {}) =>
    [
      ...publicBoardKeys.all,
      'board',
      {
        unit: filters.unit ?? null,
        list: filters.list ?? null,
        page: filters.page ?? 1,
        pageSize: filters.pageSize ?? null,
      },
    ] as const,
}

/** 公示: open to anyone, with no personal data, notes or instructions. */
export function getPublicBoard(filters: PublicBoardFilters = {}, signal?: AbortSignal) {
  return request(contract.getPublicBoard, {
    query: { unit: filters.unit, list: filters.list, page: filters.page, pageSize: filters.pageSize },
    signal,
  })
}

export const publicBoardQuery = (filters: PublicBoardFilters = {}) =>
  queryOptions({
    queryKey: publicBoardKeys.board(filters),
    queryFn: ({ signal }) => getPublicBoard(filters, signal),
    // Paging keeps the page on screen until the next one arrives.
    placeholderData: keepPreviousData,
  })
