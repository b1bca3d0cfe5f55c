import { earlyRequestsGlobal } from '../src/api/early-requests'
import { startEarlyRequests } from '../src/api/early-requests-script'
import { cookieSessionMarker, tokenStorageKey } from '../src/api/token-key'
import { getCampaign, listUnits } from '../src/contract/campaign'
import { getSession } from '../src/contract/session'
import { getSummary } from '../src/contract/stats'

// Loaded through Vite's module runner (early-wall-requests.ts), not imported by the config: the contract's
// modules import with the `@/` alias, which Vite's config loader does not resolve.

/**
 * The wall's first GETs: the session check, the campaign, the headline figures, and the unit names, which are
 * read later but, asked for once the figures were drawn, cost one more round trip (docs/decisions/007).
 */
export const wallRequestPaths = [getSession.path, getCampaign.path, getSummary.path, listUnits.path] as const

/**
 * index.html's inline script: src/api/early-requests-script.ts's function, from its source, called with the
 * build's API base (VITE_API_URL, no user text), the paths above, the token's storage key, the global the
 * client reads and the marker kept instead of a token when the session is only in the cookie.
 */
export function earlyRequestsScript(apiBase: string): string {
  const args = JSON.stringify([
    apiBase,
    wallRequestPaths,
    tokenStorageKey,
    earlyRequestsGlobal,
    cookieSessionMarker,
  ]).slice(1, -1)
  // `<` escaped, so that no argument can close the script element.
  return `(${startEarlyRequests.toString()})(${args.replace(/</g, '\\u003c')});`
}
