import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'
import { hstsPolicy } from './http-guards'

// The built app (`VITE_API_MOCKING=false npm run build` → dist/) served beside the API on one origin when
// APP_DIR is set (issue 23): no CORS, the session cookie just works. Hashed assets are cached for a year,
// everything else (index.html, any route of the single-page app) is asked again each time. The headers the
// app's build wrote for its HTML (build/security-headers.ts: the CSP with the inline script's hash) go on
// every answer from here.

const fallbackHeaders: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
}

function buildHeaders(root: string): Record<string, string> {
  const file = join(root, 'security-headers.json')
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : fallbackHeaders
}

type Fetch = (request: Request, env?: unknown) => Response | Promise<Response>

/** The app beside the API; with `hsts` (behind HTTPS: SECURE_COOKIES) its pages carry HSTS like the API's answers. */
export function withStaticApp(api: Fetch, appDir: string, { hsts }: { hsts: boolean }): Fetch {
  const root = resolve(appDir)
  const headers = {
    ...buildHeaders(root),
    ...(hsts && { 'Strict-Transport-Security': hstsPolicy }),
  }
  const site = new Hono()
  site.use('*', async (c, next) => {
    await next()
    for (const [name, value] of Object.entries(headers)) c.header(name, value)
    c.header('Cache-Control', c.req.path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache')
  })
  site.get('/security-headers.json', (c) => c.notFound())
  site.use('*', serveStatic({ root }))
  // Any other path is a route of the app: its page, drawn by the router.
  site.get('*', serveStatic({ root, path: 'index.html' }))
  return (request, env) => {
    const { pathname } = new URL(request.url)
    return pathname === '/api' || pathname.startsWith('/api/') ? api(request, env) : site.fetch(request, env)
  }
}
