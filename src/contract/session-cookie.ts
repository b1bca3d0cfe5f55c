/** The server's HttpOnly session cookie (a browser's alternative to the bearer token). */
export const sessionCookieName = 'bsstzz_session'
