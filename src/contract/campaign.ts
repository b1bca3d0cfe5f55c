import { CampaignListPatchSchema, CampaignListSchema, CampaignSchema } from '@/domain/model/campaign'
import { canSetSatisfactionBar } from '@/domain/permissions'
import { IdParams } from './params'
import { endpoint } from './endpoint'
import { pageOf } from '@/domain/model/common'
import { UnitSchema } from '@/domain/model/unit'

export const getCampaign = endpoint({
  id: 'getCampaign',
  method: 'get',
  path: '/campaign',
  access: 'session',
  // The header names the campaign on the page where a one-time password is replaced.
  beforePasswordChange: true,
  status: 200,
  response: CampaignSchema,
})

export const listUnits = endpoint({
  id: 'listUnits',
  method: 'get',
  path: '/units',
  access: 'public',
  status: 200,
  response: pageOf(UnitSchema),
})

export const patchCampaignList = endpoint({
  id: 'patchCampaignList',
  method: 'patch',
  path: '/campaign/lists/{id}',
  access: { admits: canSetSatisfactionBar },
  params: IdParams,
  body: CampaignListPatchSchema,
  status: 200,
  response: CampaignListSchema,
})
