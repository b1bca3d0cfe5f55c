import { CampaignSchema } from '@/domain/model/campaign'
import { endpoint } from './endpoint'
import { pageOf } from '@/domain/model/common'
import { UnitSchema } from '@/domain/model/unit'

export const getCampaign = endpoint({
  id: 'getCampaign',
  method: 'get',
  path: '/campaign',
  access: 'session',
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
