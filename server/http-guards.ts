import type { Context, MiddlewareHandler } from 'hono'
import { getCookie } from 'hono/cookie'
import type { secureHeaders } from 'hono/secure-headers'
import { getConnInfo } from '@hono/node-server/conninfo'
import type { Endpoint } from '@/contract/endpoint'
import { sessionCookieName } from '@/contract/session-cookie'
import { HttpFailure } from '@/core/failure'
import type { ServerOptions } from './context'

// What the transport checks before the core sees a request (issue 23): who the client is behind proxies, and
// that a write is JSON from the app's own origin.

/**
 * The client's address: with `hops` trusted proxies in front (TRUST_PROXY), the entry of X-Forwarded-For that
 * many from the right — each proxy appends the address it was called from, so entries further left are
 * whatever the client chose to send. Fewer entries than hops: the left-most there is. 0 hops: the peer.
 */
export function clientAddress(forwarded: string | undefined, peer: string, hops: number): string {
  if (hops <= 0 || !forwarded) return peer
  const entries = forwarded
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  return entries[Math.max(0, entries.length - hops)] ?? peer
}

export function clientOf(c: Context, hops: number): string {
  let peer = 'unknown'
  try {
    peer = getConnInfo(c).remote.address ?? 'unknown'
  } catch {
    // Not over a socket (app.request in a test).
  }
  return clientAddress(c.req.header('x-forwarded-for'), peer, hops)
}

const writes = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/**
 * Where a write comes from. `Origin` (browsers send it with every POST, PUT, PATCH and DELETE): this server's
 * host (the Host header, as the proxy passes it on) or one of CORS_ORIGINS. Without it `Sec-Fetch-Site`:
 * `same-origin` or `none` (typed or bookmarked). Neither: not a browser → `unknown`.
 */
export function writeOrigin(c: Context, corsOrigins: readonly string[]): 'same' | 'cross' | 'unknown' {
  const origin = c.req.header('origin')
  if (origin !== undefined) {
    if (corsOrigins.includes(origin)) return 'same'
    try {
      return new URL(origin).host === c.req.header('host') ? 'same' : 'cross'
    } catch {
      return 'cross' // `null` (sandboxed frames, some redirects) and anything unparsable
    }
  }
  const site = c.req.header('sec-fetch-site')
  if (site !== undefined) return site === 'same-origin' || site === 'none' ? 'same' : 'cross'
  return 'unknown'
}

const isJson = (contentType: string | undefined) =>
  contentType?.split(';')[0]?.trim().toLowerCase() === 'application/json'

const carriesBody = (c: Context) =>
  Number(c.req.header('content-length') ?? 0) > 0 || c.req.header('transfer-encoding') !== undefined

/**
 * Writes: from the app's own origin (403 otherwise) and JSON (415 otherwise). A request without `Origin` and
 * `Sec-Fetch-Site` is not from a browser, so no other site can have made it: it passes when it does not carry
 * the session cookie (a bearer token, or nothing: scripts, the tests, curl). With the cookie, it must say
 * where it comes from: every browser does, and a cookie is what a forged cross-site request would ride on.
 */
export function writeGuard(endpoint: Endpoint, corsOrigins: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    if (!writes.has(c.req.method)) return next()
    const from = writeOrigin(c, corsOrigins)
    const cookie = getCookie(c, sessionCookieName) !== undefined
    if (from === 'cross' || (from === 'unknown' && cookie))
      return c.json(new HttpFailure('forbidden', '请求来源不被允许：请从本系统的页面提交').body(), 403)
    if ((endpoint.body || carriesBody(c)) && !isJson(c.req.header('content-type')))
      return c.json(
        new HttpFailure('unsupported_media_type', '请求内容须为 JSON（Content-Type: application/json）').body(),
        415,
      )
    return next()
  }
}

/** HSTS behind HTTPS, on the API's answers and the app's pages alike. */
export const hstsPolicy = 'max-age=31536000; includeSubDomains'

/**
 * The security headers of every API answer (hono's secureHeaders). The API answers JSON only: its policy lets
 * it load nothing and be framed by nobody. HSTS only behind HTTPS (SECURE_COOKIES, on in production).
 */
type SecureHeadersOptions = NonNullable<Parameters<typeof secureHeaders>[0]>

export function apiSecurityHeaders(options: Pick<ServerOptions, 'secureCookies'>): SecureHeadersOptions {
  return {
    contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"] },
    xFrameOptions: 'DENY',
    referrerPolicy: 'no-referrer',
    xContentTypeOptions: 'nosniff',
    crossOriginResourcePolicy: false,
    strictTransportSecurity: options.secureCookies ? hstsPolicy : false,
  }
}
