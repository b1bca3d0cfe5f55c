/** Where the session token is kept in localStorage (token-store.ts; also read by index.html's early requests). */
export const tokenStorageKey = 'bsstzz.session'
