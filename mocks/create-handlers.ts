import { delay, http, HttpResponse } from 'msw'
import { endpoints } from '@/contract/all'
import type { Endpoint } from '@/contract/endpoint'
import { HttpFailure, notFound } from '@/core/failure'
import { serve, type Answer } from '@/core/serve'
import type { UseCase } from '@/core/use-case'
import { useCases } from '@/core/use-cases/all'
import { liveEventsPath, seqHeader } from '@/contract/live'
import type { MockBackend } from './backend'
import { liveHandlers } from './live'

// The msw transport of the application core: one handler per endpoint of the route table. The browser
// worker, the Node tests and the end-to-end run all use it.

/**
 * The mock answers under /api on the page's own origin (the app's default VITE_API_URL). Anchoring to the
 * origin matters: a bare `*\/api/*` would also catch the dev server's `/src/api/*.ts` modules. Node has no
 * page: the tests' fetches go to http://localhost:3000 (jsdom's origin).
 */
const origin = typeof location === 'undefined' ? 'http://localhost:3000' : location.origin
const api = (path: string) => `${origin}/api${path.replace(/\{(\w+)\}/g, ':$1')}`

const faultMessage = '服务器暂时无法处理请求（演示故障注入），请稍后重试'

function bearerToken(request: Request): string | null {
  const match = request.headers.get('authorization')?.match(/^Bearer\s+(.+)$/i)
  return match?.[1]?.trim() ?? null
}

/** As a gateway sees the client: the proxy's X-Forwarded-For, else this browser. */
const clientOf = (request: Request) => request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() || 'this-browser'

function respond({ status, body, headers }: Answer): Response {
  if (status === 204) return new HttpResponse(null, { status, headers })
  return HttpResponse.json(body as never, { status, headers })
}

/** The demo's latency and faults (演示数据 menu); never on its own controls or the document, so the menu always works. */
async function demoConditions(backend: MockBackend, endpoint: Endpoint): Promise<Response | null> {
  if (endpoint.mockOnly || endpoint.id === 'getOpenApiDocument') return null
  const { latencyMs, failureRate } = backend.settings
  if (latencyMs > 0) await delay(latencyMs)
  if (failureRate > 0 && backend.random() < failureRate)
    return HttpResponse.json(new HttpFailure('server_error', faultMessage).body(), { status: 500 })
  return null
}

export function createHandlers(getBackend: () => MockBackend) {
  const routes = Object.values(endpoints).map((endpoint: Endpoint) => {
    const handle = useCases[endpoint.id as keyof typeof useCases] as UseCase<Endpoint>
    return http[endpoint.method](api(endpoint.path), async ({ request, params }) => {
      const backend = getBackend()
      const fault = await demoConditions(backend, endpoint)
      if (fault) return fault
      const answer = await serve(backend.core, endpoint, handle, {
        params: params as Record<string, string>,
        search: new URL(request.url).searchParams,
        body: async () => new Uint8Array(await request.arrayBuffer()),
        token: bearerToken(request),
        client: clientOf(request),
      })
      // How far this (single) instance has read, as the server says it (src/contract/live.ts).
      return respond({ ...answer, headers: { ...answer.headers, [seqHeader]: String(backend.live.seq()) } })
    })
  })
  // Anything else under /api: the contract's 404, not a fall-through to the network.
  const unknown = http.all(api('/*'), () => respond({ status: 404, body: notFound('接口').body(), headers: {} }))
  return [...routes, ...liveHandlers(api(liveEventsPath), getBackend), unknown]
}
