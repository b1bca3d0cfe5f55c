/**
 * Where index.html's inline script (early-requests-script.ts, injected by build/early-wall-requests.ts in builds
 * without the mock) keeps the wall's first GETs: each URL's href → the token it was sent with and its response.
 */
export const earlyRequestsGlobal = '__bsstzzEarlyRequests'

type EarlyRequest = { token: string; response: Promise<Response> }
type EarlyRequests = Record<string, EarlyRequest | undefined>

/**
 * The response of a GET that index.html's inline script already started for exactly this URL with this
 * token, once (it is forgotten as it is taken); undefined otherwise, and the client fetches as usual.
 */
export function takeEarlyResponse(href: string, token: string | null): Promise<Response> | undefined {
  const early = (globalThis as Record<string, unknown>)[earlyRequestsGlobal] as EarlyRequests | undefined
  const request = early?.[href]
  if (!early || !request) return undefined
  delete early[href]
  return token !== null && request.token === token ? request.response : undefined
}
