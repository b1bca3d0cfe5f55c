import { mutationOptions, queryOptions, type QueryClient } from '@tanstack/react-query'
import * as contract from '@/contract/campaign'
import type { Campaign, CampaignList, SatisfactionBar } from '@/domain/model/campaign'
import { request } from './http'
import { supervisionKeys } from './supervision'

export const campaignKeys = {
  all: ['campaign'] as const,
  current: () => [...campaignKeys.all, 'current'] as const,
}

export function getCampaign(signal?: AbortSignal) {
  return request(contract.getCampaign, { signal })
}

/** Sets a list's satisfaction bar for strike-off (admins); answers the list as it now stands. */
export function patchCampaignList(listId: string, satisfactionBar: SatisfactionBar) {
  return request(contract.patchCampaignList, { params: { id: listId }, body: { satisfactionBar } })
}

export const campaignQuery = () =>
  queryOptions({
    queryKey: campaignKeys.current(),
    queryFn: ({ signal }) => getCampaign(signal),
    staleTime: 5 * 60_000,
  })

/**
 * PATCH /campaign/lists/{id}: the answered list replaces its copy in the cached campaign at once (items'
 * strike-off offers read the bar from it), then the campaign and the supervision queue are asked again.
 */
export const patchCampaignListMutation = (queryClient: QueryClient) =>
  mutationOptions({
    mutationKey: [...campaignKeys.all, 'list', 'patch'] as const,
    mutationFn: ({ listId, satisfactionBar }: { listId: string; satisfactionBar: SatisfactionBar }) =>
      patchCampaignList(listId, satisfactionBar),
    onSuccess: (list: CampaignList) => {
      queryClient.setQueryData<Campaign>(campaignKeys.current(), (campaign) =>
        campaign
          ? { ...campaign, lists: campaign.lists.map((entry) => (entry.id === list.id ? list : entry)) }
          : campaign,
      )
    },
    onSettled: () =>
      Promise.all(
        [campaignKeys.all, supervisionKeys.all].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      ),
  })
