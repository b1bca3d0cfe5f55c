import { batchTooLargeMessage } from '@/domain/item-batch'
import { itemBatchLimits, ItemBatchEnvelopeSchema, ItemBatchResultSchema } from '@/domain/model/item-batch'
import { canCreateItems } from '@/domain/permissions'
import { endpoint } from './endpoint'

// The spreadsheet import: a module of its own, so that the pages that only read items do not load its checks.

export const createItems = endpoint({
  id: 'createItems',
  method: 'post',
  path: '/items/batch',
  access: { admits: canCreateItems },
  body: ItemBatchEnvelopeSchema,
  bodyLimit: { bytes: itemBatchLimits.maxBodyBytes, code: 'too_large', message: batchTooLargeMessage },
  status: 200,
  response: ItemBatchResultSchema,
})
