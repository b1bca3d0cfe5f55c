// Where to send someone after signing in. Only paths on this site are accepted, so a crafted link
// cannot bounce a user to another origin.

export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/'
  return next
}

/** The sign-in page, remembering the page the person was on (nothing to remember for the wall). */
export function signInPath(from: { pathname: string; search: string; hash?: string }): string {
  const here = `${from.pathname}${from.search}${from.hash ?? ''}`
  return here === '/' || from.pathname === '/sign-in' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(here)}`
}
