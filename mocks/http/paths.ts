/**
 * The mock answers under /api on the page's own origin (the app's default VITE_API_URL). Anchoring
 * to the origin matters: a bare `*\/api/*` would also catch the dev server's `/src/api/*.ts` modules.
 * Node has no page: the tests' fetches go to http://localhost:3000 (jsdom's origin).
 */
const origin = typeof location === 'undefined' ? 'http://localhost:3000' : location.origin

export const api = (path: string) => `${origin}/api${path}`
