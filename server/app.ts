import type { Context } from 'hono'
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { compress } from 'hono/compress'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import { cors } from 'hono/cors'
import { secureHeaders } from 'hono/secure-headers'
import { timing } from 'hono/timing'
import { endpoints } from '@/contract/all'
import { sessionCookieName as sessionCookie } from '@/contract/session-cookie'
import type { Endpoint } from '@/contract/endpoint'
import { HttpFailure, notFound, unavailable } from '@/core/failure'
import { liveEventsPath, seenSeqHeader, seqHeader } from '@/contract/live'
import { overLimit, serve, type Answer } from '@/core/serve'
import type { UseCase } from '@/core/use-case'
import { useCases } from '@/core/use-cases/all'
import type { Backend } from './context'
import { apiSecurityHeaders, clientOf, writeGuard } from './http-guards'
import { errorForLog } from './log'
import { isUnavailable } from './db/database'
import { liveEvents } from './cluster/live-events'
import { testHookRoutes } from './routes/test-hooks'

// The Hono transport of the application core: one route per endpoint of the route table, under /api.

/** No request body may be larger than this unless its endpoint allows more (the spreadsheet import). */
export const serverCap = 256 * 1024

const served: readonly Endpoint[] = Object.values(endpoints).filter((endpoint: Endpoint) => !endpoint.mockOnly)

function bearerToken(header: string | undefined): string | null {
  const match = header?.match(/^Bearer\s+(.+)$/i)
  return match?.[1]?.trim() ?? null
}

export function createApp(backend: Backend) {
  const app = new Hono()
  const api = new Hono()
  const { options } = backend

  // Security headers on every answer, errors and unknown paths included (http-guards.ts).
  app.use('*', secureHeaders(apiSecurityHeaders(options)))
  // Server-Timing on every answer: the browser shows where a request's time went.
  api.use('*', timing({ totalDescription: 'handled' }))
  api.use(
    '*',
    cors({
      origin: options.corsOrigins,
      credentials: true,
      allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowHeaders: ['Content-Type', 'Authorization', seenSeqHeader, 'Last-Event-ID'],
      exposeHeaders: ['Retry-After', seqHeader],
      maxAge: 600,
    }),
  )
  // JSON answers over 1 KB go out gzipped when the client accepts it: a phone waits for a tenth of the bytes.
  api.use('*', compress())
  // A body over the server's cap is refused unread (413), before the core checks the endpoint's own limit.
  const capped = (maxSize: number) =>
    bodyLimit({
      maxSize,
      // Read (and drop) what the client is still sending, within a bound, before answering: a client that
      // is mid-upload when the 413 arrives otherwise sees a reset (EPIPE) instead of the answer.
      onError: async (c) => {
        await drain(c.req.raw.body, maxSize * 4)
        return c.json(overLimit({ bytes: maxSize, code: 'too_large' }).body(), 413, { Connection: 'close' })
      },
    })
  api.use('*', async (c, next) => {
    c.header('Cache-Control', 'no-store')
    await next()
  })
  // Read your writes on any instance: a client that saw a later change than this instance has applied waits
  // for it to catch up (or hears 503); every answer says how far this instance has read.
  api.use('*', async (c, next) => {
    const seen = Number(c.req.header(seenSeqHeader))
    if (Number.isSafeInteger(seen) && seen > backend.read.seq && !(await backend.store.follower.waitFor(seen, 1000)))
      throw unavailable()
    await next()
    if (c.req.path !== `/api${liveEventsPath}`) c.header(seqHeader, String(backend.read.seq))
  })
  api.get(liveEventsPath, liveEvents(backend))

  for (const endpoint of served) {
    const handle = useCases[endpoint.id as keyof typeof useCases] as UseCase<Endpoint>
    const path = endpoint.path.replace(/\{(\w+)\}/g, ':$1')
    const cap = capped(Math.max(serverCap, endpoint.bodyLimit?.bytes ?? 0))
    const guard = writeGuard(endpoint, options.corsOrigins)
    api.on(endpoint.method.toUpperCase(), path, guard, cap, async (c) => {
      const answer = await serve(backend.core, endpoint, handle, {
        params: c.req.param() as Record<string, string>,
        search: new URL(c.req.url).searchParams,
        body: async () => new Uint8Array(await c.req.arrayBuffer()),
        token: bearerToken(c.req.header('authorization')) ?? getCookie(c, sessionCookie) ?? null,
        client: clientOf(c, options.trustProxy),
      })
      return respond(c, endpoint, answer, options.secureCookies)
    })
  }
  if (options.testHooks) api.route('/', testHookRoutes(backend))
  api.all('*', () => {
    throw notFound('接口')
  })

  app.route('/api', api)
  app.notFound((c) => c.json(notFound('接口').body(), 404))
  app.onError((error, c) => {
    if (error instanceof HttpFailure) return c.json(error.body(), error.status as 400, error.headers)
    if (isUnavailable(error)) {
      console.error('[server]', c.req.method, c.req.path, 503, 'database unavailable')
      const failure = unavailable()
      return c.json(failure.body(), 503, failure.headers)
    }
    console.error('[server]', c.req.method, c.req.path, 500, errorForLog(error))
    return c.json(new HttpFailure('server_error', '服务器内部错误，请稍后重试').body(), 500)
  })
  return app
}

function respond(c: Context, endpoint: Endpoint, answer: Answer, secure: boolean): Response {
  for (const [name, value] of Object.entries(answer.headers)) c.header(name, value)
  const succeeded = answer.status < 300
  if (succeeded && answer.opened)
    setCookie(c, sessionCookie, answer.opened.token, {
      httpOnly: true,
      sameSite: 'Lax',
      path: '/api',
      maxAge: answer.opened.maxAgeSeconds,
      secure,
    })
  if (succeeded && endpoint.session === 'close') deleteCookie(c, sessionCookie, { path: '/api' })
  if (answer.status === 204) return c.body(null, 204)
  return c.json(answer.body as object, answer.status as 200)
}

/** Reads and drops a request body up to `bound` bytes; a locked or failing stream is left as it is. */
async function drain(body: ReadableStream<Uint8Array> | null, bound: number): Promise<void> {
  if (!body || body.locked) return
  const reader = body.getReader()
  try {
    for (let read = 0; read <= bound;) {
      const { done, value } = await reader.read()
      if (done) return
      read += value.byteLength
    }
    await reader.cancel()
  } catch {
    // The client went away: nothing left to answer.
  }
}
