import type { getCampaign, listUnits, patchCampaignList } from '@/contract/campaign'
import { notFound } from '../failure'
import { pageSlice } from '../paging'
import type { UseCase } from '../use-case'

export const getCampaignCase: UseCase<typeof getCampaign> = ({ read }) => read.campaign

/** Public: unit names are on the public board anyway, and the sign-in and QR pages need them. */
export const listUnitsCase: UseCase<typeof listUnits> = ({ read }) => pageSlice(read.units)

/** An admin sets a list's satisfaction bar; items already struck off stay struck off. */
export const patchCampaignListCase: UseCase<typeof patchCampaignList> = async ({ store, read, params, body }) => {
  if (!read.campaign.lists.some((list) => list.id === params.id)) throw notFound('清单')
  await store.transaction(async (tx) => {
    const campaign = read.campaign
    const lists = campaign.lists.map((list) =>
      list.id === params.id ? { ...list, satisfactionBar: body.satisfactionBar } : list,
    )
    await tx.saveCampaign({ ...campaign, lists })
  })
  return read.campaign.lists.find((list) => list.id === params.id)!
}
