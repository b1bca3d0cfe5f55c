import { Hono } from 'hono'
import { buildOpenApiDocument } from '@/api/openapi'
import type { Env } from '../context'

export function openApiRoutes() {
  const app = new Hono<Env>()
  let document: ReturnType<typeof buildOpenApiDocument> | undefined
  app.get('/openapi.json', (c) => c.json((document ??= buildOpenApiDocument())))
  return app
}
