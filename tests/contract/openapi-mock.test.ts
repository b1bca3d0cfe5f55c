// @vitest-environment node
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { sample, type Options } from 'openapi-sampler'
import { z } from 'zod/mini'
import { request } from '@/api/http'
import { endpoints, type EndpointId } from '@/contract/all'
import type { Endpoint } from '@/contract/endpoint'

// A mock generated from the document alone, as a client generator or a mock server (Prism and the like) makes
// one: openapi-sampler writes a response for each operation from its success schema in docs/openapi.json. The
// production data layer must take every one of them without a contract error: the client's schema for the
// endpoint (its `response` in src/contract, what src/api parses with), and src/api's fetch wrapper itself for
// every GET, served by the generated mock.

const documentPath = fileURLToPath(new URL('../../docs/openapi.json', import.meta.url))
type Schema = Parameters<typeof sample>[0]
type Operation = {
  operationId: string
  responses: Record<string, { content?: { 'application/json': { schema: Schema } } }>
}
type Document = { servers: { url: string }[]; paths: Record<string, Record<string, Operation>> }
const document = JSON.parse(readFileSync(documentPath, 'utf8')) as Document

type Generated = { method: string; path: string; operationId: string; status: number; body: unknown }

/** One answer per operation with a response body. `full`: every property; `minimal`: only the required ones. */
function generateMock(form: 'full' | 'minimal'): Generated[] {
  const options: Options = { skipReadOnly: true, quiet: true, skipNonRequired: form === 'minimal' }
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).flatMap(([method, operation]) =>
      Object.entries(operation.responses)
        .filter(([status]) => /^2\d\d$/.test(status))
        .flatMap(([status, response]) => {
          const schema = response.content?.['application/json'].schema
          if (!schema) return []
          const body = sample(schema, options, document)
          return [{ method, path, operationId: operation.operationId, status: Number(status), body }]
        }),
    ),
  )
}

const endpointOf = (operationId: string): Endpoint => {
  if (!(operationId in endpoints)) throw new Error(`the document's ${operationId} is not in the route table`)
  return endpoints[operationId as EndpointId]
}

describe.each(['full', 'minimal'] as const)('a %s mock generated from docs/openapi.json', (form) => {
  const mock = generateMock(form)

  it('answers every operation with a body, and every GET of the route table', () => {
    const answered = new Set(mock.map((entry) => entry.operationId))
    for (const endpoint of Object.values<Endpoint>(endpoints))
      if (endpoint.response) expect(answered.has(endpoint.id), endpoint.id).toBe(true)
    expect(mock.length).toBeGreaterThanOrEqual(25)
  })

  it.each(mock.map((entry) => [`${entry.method.toUpperCase()} ${entry.path}`, entry] as const))(
    '%s: its answer passes the client’s schema for the endpoint',
    (_, { operationId, status, body }) => {
      const endpoint = endpointOf(operationId)
      expect(status).toBe(endpoint.status)
      const parsed = endpoint.response?.safeParse(body)
      expect(parsed?.error && z.prettifyError(parsed.error), JSON.stringify(body)).toBeUndefined()
    },
  )

  describe('served to src/api’s fetch wrapper', () => {
    const base = 'http://localhost:3000'
    const served = mock.filter((entry) => entry.method === 'get')

    /** The generated mock as a fetch: the operation whose method and path template match the request. */
    async function mockFetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
      const url = new URL(input instanceof Request ? input.url : input)
      const method = (init?.method ?? 'GET').toLowerCase()
      const server = document.servers[0]?.url ?? ''
      const match = mock.find(
        (entry) =>
          entry.method === method &&
          new RegExp(`^${server}${entry.path.replace(/\{\w+\}/g, '[^/]+')}$`).test(url.pathname),
      )
      if (!match)
        return new Response(JSON.stringify({ error: { code: 'not_found', message: '接口不存在' } }), { status: 404 })
      return new Response(JSON.stringify(match.body), {
        status: match.status,
        headers: { 'Content-Type': 'application/json' },
      })
    }

    beforeEach(() => {
      // src/api resolves its base (`/api`) against the page's origin.
      vi.stubGlobal('window', { location: { origin: base } })
      vi.stubGlobal('fetch', mockFetch)
    })
    afterEach(() => {
      vi.unstubAllGlobals()
    })

    it.each(served.map((entry) => [entry.operationId, entry] as const))(
      '%s resolves, without a contract error',
      async (operationId, { body }) => {
        const endpoint = endpointOf(operationId)
        const names = [...endpoint.path.matchAll(/\{(\w+)\}/g)].map((found) => found[1] ?? '')
        const params = Object.fromEntries(names.map((name) => [name, `${name}-1`]))
        const call = request as (endpoint: Endpoint, options?: { params?: Record<string, string> }) => Promise<unknown>
        await expect(call(endpoint, { params })).resolves.toEqual(endpoint.response?.parse(body))
      },
    )
  })
})
