import { endpoint } from './endpoint'
import { z } from 'zod/mini'

export const getOpenApiDocument = endpoint({
  id: 'getOpenApiDocument',
  method: 'get',
  path: '/openapi.json',
  access: 'public',
  status: 200,
  /** The OpenAPI document itself: any JSON object. */
  response: z.record(z.string(), z.unknown()),
})
