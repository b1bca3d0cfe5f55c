import { http } from 'msw'
import { buildOpenApiDocument } from '@/api/openapi'
import type { MockBackend } from '../backend'
import { ok } from '../http/json'
import { api } from '../http/paths'
import { route } from '../http/route'

export function openApiHandlers(getBackend: () => MockBackend) {
  let document: ReturnType<typeof buildOpenApiDocument> | undefined
  return [
    http.get(
      api('/openapi.json'),
      route(getBackend, () => ok((document ??= buildOpenApiDocument())), { faults: false }),
    ),
  ]
}
