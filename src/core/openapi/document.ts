import { createComponentBook } from './components'
import { infoDescription, securitySchemes, tags } from './info'
import { buildPaths, sessionSecurity } from './paths'
import { errorResponses } from './responses'
import { xRules } from './rules'
import type { OpenApiDocument } from './types'

// The OpenAPI 3.1 document of the whole REST contract (shared/CONTRACT.md): its paths rendered from the route
// table (src/contract/all.ts, paths.ts), its schemas converted from the domain's zod schemas by zod's own
// z.toJSONSchema (components.ts), so that neither can drift; the words are operations.ts's, info.ts's and
// rules.ts's. docs/openapi.json is its committed copy (`npm run openapi`); tests/contract/openapi.test.ts keeps
// the two equal.

export function buildOpenApiDocument(): OpenApiDocument {
  const book = createComponentBook()
  const paths = buildPaths(book)
  const responses = errorResponses(book)
  return {
    openapi: '3.1.0',
    info: { title: '办实事作战图 API', version: '1.0.0', description: infoDescription },
    servers: [{ url: '/api', description: 'The app’s origin; VITE_API_URL points the app at another base.' }],
    tags: [...tags],
    security: sessionSecurity,
    paths,
    components: { schemas: book.emit(), responses, securitySchemes },
    'x-rules': xRules,
  }
}

export { componentSchemas, type ComponentSchema } from './components'
export { operations } from './operations'
export * from './types'
