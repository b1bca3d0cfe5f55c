import { ItemDraftSchema, ItemPatchSchema, ItemSchema } from '@/domain/model/item'
import { ItemQuerySchema } from '@/domain/model/item-query'
import { pageOf } from '@/domain/model/common'
import { canCreateItems } from '@/domain/permissions'
import { endpoint } from './endpoint'
import { IdParams } from './params'

export const listItems = endpoint({
  id: 'listItems',
  method: 'get',
  path: '/items',
  access: 'session',
  query: ItemQuerySchema,
  status: 200,
  response: pageOf(ItemSchema),
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
