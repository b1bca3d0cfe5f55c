// The session token, kept across reloads. Storage can be unavailable (private modes, tests):
// then the token lives in memory for this page only.

import { tokenStorageKey as storageKey } from './token-key'

let memory: string | null = null

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage
  } catch {
    return null
  }
}

export const tokenStore = {
  get(): string | null {
    try {
      return storage()?.getItem(storageKey) ?? memory
    } catch {
      return memory
    }
  },
  set(token: string): void {
    memory = token
    try {
      storage()?.setItem(storageKey, token)
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
