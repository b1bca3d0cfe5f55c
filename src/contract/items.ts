import { ItemDraftSchema, ItemPatchSchema, ItemSchema } from '@/domain/model/item'
import { itemBatchLimits, ItemBatchEnvelopeSchema, ItemBatchResultSchema } from '@/domain/model/item-batch'
import { ItemQuerySchema } from '@/domain/model/item-query'
import { batchTooLargeMessage } from '@/domain/item-batch'
import { UpdateDraftSchema } from '@/domain/model/update'
import { canCreateItems } from '@/domain/permissions'
import { endpoint } from './endpoint'
import { IdParams, ItemPageSchema, UpdatePageSchema, UpdatePostedSchema } from './envelopes'

export const listItems = endpoint({
  id: 'listItems',
  method: 'get',
  path: '/items',
  access: 'session',
  query: ItemQuerySchema,
  status: 200,
  response: ItemPageSchema,
})

export const createItem = endpoint({
  id: 'createItem',
  method: 'post',
  path: '/items',
  access: { admits: canCreateItems },
  body: ItemDraftSchema,
  status: 201,
  response: ItemSchema,
})

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

export const getItem = endpoint({
  id: 'getItem',
  method: 'get',
  path: '/items/{id}',
  access: 'session',
  params: IdParams,
  status: 200,
  response: ItemSchema,
})

export const patchItem = endpoint({
  id: 'patchItem',
  method: 'patch',
  path: '/items/{id}',
  access: 'session',
  params: IdParams,
  body: ItemPatchSchema,
  status: 200,
  response: ItemSchema,
})

export const listItemUpdates = endpoint({
  id: 'listItemUpdates',
  method: 'get',
  path: '/items/{id}/updates',
  access: 'session',
  params: IdParams,
  status: 200,
  response: UpdatePageSchema,
})

export const postItemUpdate = endpoint({
  id: 'postItemUpdate',
  method: 'post',
  path: '/items/{id}/updates',
  access: 'session',
  params: IdParams,
  body: UpdateDraftSchema,
  status: 201,
  response: UpdatePostedSchema,
})
