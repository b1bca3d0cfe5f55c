import { StruckOffQuerySchema, StruckOffResponseSchema } from '@/domain/model/briefing'
import { endpoint } from './endpoint'

/** What the briefing (通报) needs beyond the figures: the items struck off in a period. */
export const getStruckOff = endpoint({
  id: 'getStruckOff',
  method: 'get',
  path: '/stats/struck-off',
  access: 'session',
  query: StruckOffQuerySchema,
  status: 200,
  response: StruckOffResponseSchema,
})
