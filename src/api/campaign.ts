import { queryOptions } from '@tanstack/react-query'
import * as contract from '@/contract/campaign'
import { request } from './http'

export const campaignKeys = {
  all: ['campaign'] as const,
  current: () => [...campaignKeys.all, 'current'] as const,
}

export function getCampaign(signal?: AbortSignal) {
  return request(contract.getCampaign, { signal })
}

export const campaignQuery = () =>
  queryOptions({
    queryKey: campaignKeys.current(),
    queryFn: ({ signal }) => getCampaign(signal),
    staleTime: 5 * 60_000,
  })
