import { z } from 'zod/mini'
import { intakeLimits } from '@/domain/intake-limits'
import { PublicBoardQuerySchema, PublicBoardSchema } from '@/domain/model/public-board'
import { PublicDemandDraftSchema, ReceiptSchema } from '@/domain/model/public-demand'
import { endpoint } from './endpoint'

// What anyone may call without a session: the workers' side (一码一表, receipts) and the public board (公示).

export const submitPublicDemand = endpoint({
  id: 'submitPublicDemand',
  method: 'post',
  path: '/public/demands',
  access: 'public',
  body: PublicDemandDraftSchema,
  bodyLimit: { bytes: intakeLimits.maxBodyBytes, code: 'too_large' },
  guard: 'submit',
  status: 201,
  response: ReceiptSchema,
})

export const getReceipt = endpoint({
  id: 'getReceipt',
  method: 'get',
  path: '/public/receipts/{receipt}',
  access: 'public',
  params: z.object({ receipt: z.string() }),
  guard: 'lookup',
  status: 200,
  response: ReceiptSchema,
})

export const getPublicBoard = endpoint({
  id: 'getPublicBoard',
  method: 'get',
  path: '/public/board',
  access: 'public',
  query: PublicBoardQuerySchema,
  status: 200,
  response: PublicBoardSchema,
})
