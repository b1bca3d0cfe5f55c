// The session token, kept across reloads. Storage can be unavailable (private modes, tests):
// then the token lives in memory for this page only. With the session only in the server's cookie
// (config.ts `cookieOnlySession`) what is kept is a marker, never the token.

import { cookieOnlySession } from './config'
import { cookieSessionMarker, tokenStorageKey as storageKey } from './token-key'

let memory: string | null = null

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage
  } catch {
    return null
  }
}

export const tokenStore = {
  /** The token, or the cookie marker: whether the app believes it is signed in. */
  get(): string | null {
    try {
      return storage()?.getItem(storageKey) ?? memory
    } catch {
      return memory
    }
  },
  /** The token to send as `Authorization: Bearer`, or null (signed out, or the cookie carries the session). */
  bearer(): string | null {
    const kept = this.get()
    return kept === cookieSessionMarker ? null : kept
  },
  set(token: string): void {
    const kept = cookieOnlySession() ? cookieSessionMarker : token
    memory = kept
    try {
      storage()?.setItem(storageKey, kept)
    } catch {
      // memory keeps it
    }
  },
  clear(): void {
    memory = null
    try {
      storage()?.removeItem(storageKey)
    } catch {
      // nothing stored
    }
  },
}
