// The two settings that swap the mock for a real server, with no code change.

/** Where the REST API lives: a path on this origin or an absolute URL; no trailing slash. */
export const apiBaseUrl: string = (import.meta.env.VITE_API_URL || '/api').replace(/\/+$/, '')

/** The in-browser mock backend is on unless VITE_API_MOCKING is exactly 'false'. */
export const mockingEnabled: boolean = import.meta.env.VITE_API_MOCKING !== 'false'

/**
 * Whether the session lives only in the server's httpOnly cookie: a real server (mocking off) on this page's
 * origin (VITE_API_URL a path, or an absolute URL of this origin). Then no token is kept in localStorage, where
 * any script on the page could read it, and no Authorization header is sent. The mock is no server and sets no
 * cookie: it keeps its token as before, and so does an API on another origin (cross-site cookies are unreliable).
 */
export function cookieOnlySession(): boolean {
  if (mockingEnabled) return false
  if (!/^[a-z][a-z\d+\-.]*:\/\//i.test(apiBaseUrl)) return true
  return typeof window !== 'undefined' && new URL(apiBaseUrl).origin === window.location.origin
}
