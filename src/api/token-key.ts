/** Where the session token is kept in localStorage (token-store.ts; also read by index.html's early requests). */
export const tokenStorageKey = 'bsstzz.session'

/**
 * Kept under the same key instead of a token when the session lives only in the server's httpOnly cookie
 * (config.ts `cookieOnlySession`): it says “signed in, ask the server” and opens nothing by itself.
 */
export const cookieSessionMarker = 'cookie'
