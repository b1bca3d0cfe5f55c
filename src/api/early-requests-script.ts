/**
 * index.html's inline script (build/early-wall-requests.ts; builds without the mock): starts the wall's first
 * GETs with the HTML, as src/api/http.ts would send them (same URLs and headers), and keeps each under
 * `globalName` with the token it was sent with, where src/api/early-requests.ts takes it. Only on the wall
 * ('/') without `?asOf=` (the figures' URL differs then) and only when signed in; a failed request is left
 * for the client to report as any failure.
 *
 * `cookieMarker` kept instead of a token (token-store.ts): the session is the httpOnly cookie, which
 * `credentials` sends, and no Authorization header goes out.
 *
 * It runs from its source text (`Function.prototype.toString`), not as a module: nothing outside its body
 * is in scope, so it imports nothing and names no helper of its own.
 */
export function startEarlyRequests(
  apiBase: string,
  paths: readonly string[],
  tokenKey: string,
  globalName: string,
  cookieMarker: string,
): void {
  try {
    if (location.pathname !== '/' || new URLSearchParams(location.search).has('asOf')) return
    const token = localStorage.getItem(tokenKey)
    if (!token) return
    const early: Record<string, { token: string; response: Promise<Response> }> = {}
    ;(window as unknown as Record<string, unknown>)[globalName] = early
    for (const path of paths) {
      const href = new URL(apiBase + path, location.origin).href
      const response = fetch(href, {
        method: 'GET',
        headers:
          token === cookieMarker
            ? { Accept: 'application/json' }
            : { Accept: 'application/json', Authorization: `Bearer ${token}` },
        credentials: 'include',
      })
      response.catch(() => {})
      early[href] = { token, response }
    }
  } catch {
    // Storage or fetch unavailable: the client sends the requests itself.
  }
}
