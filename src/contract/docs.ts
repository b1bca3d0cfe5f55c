import { endpoint } from './endpoint'
import { OpenApiDocumentSchema } from './envelopes'

export const getOpenApiDocument = endpoint({
  id: 'getOpenApiDocument',
  method: 'get',
  path: '/openapi.json',
  access: 'public',
  status: 200,
  response: OpenApiDocumentSchema,
})
