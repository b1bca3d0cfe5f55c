/** The mock answers under /api on any origin (the app's default VITE_API_URL). */
export const api = (path: string) => `*/api${path}`
