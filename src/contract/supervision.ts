import { SupervisionQuerySchema, SupervisionQueueSchema } from '@/domain/model/supervision'
import { endpoint } from './endpoint'

export const getSupervisionQueue = endpoint({
  id: 'getSupervisionQueue',
  method: 'get',
  path: '/supervision/queue',
  access: 'session',
  query: SupervisionQuerySchema,
  status: 200,
  response: SupervisionQueueSchema,
})
