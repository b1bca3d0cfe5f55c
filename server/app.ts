import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { compress } from 'hono/compress'
import { cors } from 'hono/cors'
import { secureHeaders } from 'hono/secure-headers'
import { timing } from 'hono/timing'
import { itemBatchLimits } from '@/domain/model/item-batch'
import type { Backend, Env } from './context'
import { HttpFailure, notFound, overCap } from './http/failure'
import { briefingRoutes } from './routes/briefing'
import { campaignRoutes } from './routes/campaign'
import { demandRoutes } from './routes/demands'
import { itemRoutes } from './routes/items'
import { openApiRoutes } from './routes/openapi'
import { publicBoardRoutes } from './routes/public-board'
import { publicDemandRoutes } from './routes/public-demands'
import { sessionMiddleware, sessionRoutes } from './routes/session'
import { statsRoutes } from './routes/stats'
import { supervisionRoutes } from './routes/supervision'
import { testHookRoutes } from './routes/test-hooks'
import { updateRoutes } from './routes/updates'

/** No request body may be larger than this; each route's own limit is smaller. */
export const maxBodyBytes = 256 * 1024

/** The contract under /api, one router per resource as in mocks/handlers. */
export function createApp(backend: Backend) {
  const app = new Hono<Env>()
  const api = new Hono<Env>()

  // Server-Timing on every answer (`total`, and what a route measures, e.g. `session`, `query`, `json`):
  // the browser shows where a request's time went (DevTools, PerformanceResourceTiming.serverTiming).
  api.use('*', timing({ totalDescription: 'handled' }))
  api.use(
    '*',
    cors({
      origin: backend.options.corsOrigins,
      credentials: true,
      allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowHeaders: ['Content-Type', 'Authorization'],
      exposeHeaders: ['Retry-After'],
      maxAge: 600,
    }),
  )
  api.use('*', secureHeaders({ crossOriginResourcePolicy: false }))
  // JSON answers over 1 KB go out gzipped when the client accepts it (the wall's figures, the ledger's
  // pages, a 50,000-chip board): a phone on a slow network waits for a tenth of the bytes.
  api.use('*', compress())
  const capped = (maxSize: number) =>
    bodyLimit({
      maxSize,
      // Read (and drop) what the client is still sending, within a bound, before answering: a client
      // that is mid-upload when the 413 arrives otherwise sees a reset (EPIPE) instead of the answer.
      // The connection is not reused either way.
      onError: async (c) => {
        await drain(c.req.raw.body, maxSize * 4)
        return c.json(overCap(maxSize).body(), 413, { Connection: 'close' })
      },
    })
  const cap = capped(maxBodyBytes)
  // The batch import carries up to 1,000 drafts: its own, larger cap.
  const batchCap = capped(itemBatchLimits.maxBodyBytes)
  api.use('*', (c, next) => (c.req.method === 'POST' && c.req.path === '/api/items/batch' ? batchCap : cap)(c, next))
  api.use('*', async (c, next) => {
    c.set('backend', backend)
    c.header('Cache-Control', 'no-store')
    await next()
  })
  api.use('*', sessionMiddleware)

  api.route('/', sessionRoutes())
  api.route('/', campaignRoutes())
  api.route('/', updateRoutes())
  api.route('/', itemRoutes())
  api.route('/', statsRoutes())
  api.route('/', briefingRoutes())
  api.route('/', supervisionRoutes())
  api.route('/', demandRoutes())
  api.route('/', publicBoardRoutes())
  api.route('/', publicDemandRoutes())
  api.route('/', openApiRoutes())
  if (backend.options.testHooks) api.route('/', testHookRoutes())
  api.all('*', () => {
    throw notFound('接口')
  })

  app.route('/api', api)
  app.notFound((c) => c.json(notFound('接口').body(), 404))
  app.onError((error, c) => {
    if (error instanceof HttpFailure) return c.json(error.body(), error.status as 400)
    console.error('[server]', c.req.method, c.req.path, error)
    return c.json(new HttpFailure('server_error', '服务器内部错误，请稍后重试').body(), 500)
  })
  return app
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
