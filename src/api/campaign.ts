import { queryOptions } from '@tanstack/react-query'
import { CampaignSchema } from '@/domain/model/campaign'
import { http } from './http'

export const campaignKeys = {
  all: ['campaign'] as const,
  current: () => [...campaignKeys.all, 'current'] as const,
}

export function getCampaign(signal?: AbortSignal) {
  return http('/campaign', CampaignSchema, { signal })
}

export const campaignQuery = () =>
  queryOptions({
    queryKey: campaignKeys.current(),
    queryFn: ({ signal }) => getCampaign(signal),
    staleTime: 5 * 60_000,
  })
