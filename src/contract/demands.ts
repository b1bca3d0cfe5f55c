import { intakeLimits } from '@/domain/intake-limits'
import { DemandDraftSchema, DemandPatchSchema, DemandSchema } from '@/domain/model/demand'
import { DemandCountQuerySchema, DemandQuerySchema } from '@/domain/model/demand-query'
import { DemandStatsSchema } from '@/domain/model/stats'
import { endpoint } from './endpoint'
import { pageOf } from '@/domain/model/common'
import { IdParams } from './params'

export const listDemands = endpoint({
  id: 'listDemands',
  method: 'get',
  path: '/demands',
  access: 'session',
  query: DemandQuerySchema,
  status: 200,
  response: pageOf(DemandSchema),
})

/** Signed in, or without a session from the QR form (channel `qr_form`, rate-limited as the public intake). */
export const createDemand = endpoint({
  id: 'createDemand',
  method: 'post',
  path: '/demands',
  access: 'public',
  body: DemandDraftSchema,
  bodyLimit: { bytes: intakeLimits.maxBodyBytes, code: 'too_large' },
  guard: 'submit',
  status: 201,
  response: DemandSchema,
})

export const patchDemand = endpoint({
  id: 'patchDemand',
  method: 'patch',
  path: '/demands/{id}',
  access: 'session',
  params: IdParams,
  body: DemandPatchSchema,
  status: 200,
  response: DemandSchema,
})

export const getDemandStats = endpoint({
  id: 'getDemandStats',
  method: 'get',
  path: '/stats/demands',
  access: 'session',
  query: DemandCountQuerySchema,
  status: 200,
  response: DemandStatsSchema,
})
