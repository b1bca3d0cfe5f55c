import type { getCampaign, listUnits } from '@/contract/campaign'
import { pageSlice } from '../paging'
import type { UseCase } from '../use-case'

export const getCampaignCase: UseCase<typeof getCampaign> = ({ read }) => read.campaign

/** Public: unit names are on the public board anyway, and the sign-in and QR pages need them. */
export const listUnitsCase: UseCase<typeof listUnits> = ({ read }) => pageSlice(read.units)
