import { queryOptions } from '@tanstack/react-query'
import * as contract from '@/contract/stats'
import { request } from './http'
import { statsKeys } from './stats'

export type BoardFilters = { list: string; asOf?: string | undefined }

export const boardKey = (filters: BoardFilters) =>
  [...statsKeys.all, 'board', { list: filters.list, asOf: filters.asOf ?? 'today' }] as const

export function getBoard(filters: BoardFilters, signal?: AbortSignal) {
  return request(contract.getBoard, { query: { list: filters.list, asOf: filters.asOf }, signal })
}

export const boardQuery = (filters: BoardFilters) =>
  queryOptions({
    queryKey: boardKey(filters),
    queryFn: ({ signal }) => getBoard(filters, signal),
  })
