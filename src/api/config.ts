// The two settings that swap the mock for a real server, with no code change.

/** Where the REST API lives: a path on this origin or an absolute URL; no trailing slash. */
export const apiBaseUrl: string = (import.meta.env.VITE_API_URL || '/api').replace(/\/+$/, '')

/** The in-browser mock backend is on unless VITE_API_MOCKING is exactly 'false'. */
export const mockingEnabled: boolean = import.meta.env.VITE_API_MOCKING !== 'false'
