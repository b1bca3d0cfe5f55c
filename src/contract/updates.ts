import { z } from 'zod/mini'
import { pageOf } from '@/domain/model/common'
import { ItemSchema } from '@/domain/model/item'
import { UpdateDraftSchema, UpdateSchema } from '@/domain/model/update'
import { endpoint } from './endpoint'
import { IdParams } from './params'

export const listItemUpdates = endpoint({
  id: 'listItemUpdates',
  method: 'get',
  path: '/items/{id}/updates',
  access: 'session',
  params: IdParams,
  status: 200,
  response: pageOf(UpdateSchema),
})

export const postItemUpdate = endpoint({
  id: 'postItemUpdate',
  method: 'post',
  path: '/items/{id}/updates',
  access: 'session',
  params: IdParams,
  body: UpdateDraftSchema,
  status: 201,
  response: z.object({ update: UpdateSchema, item: ItemSchema }),
})
