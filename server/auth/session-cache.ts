// Signed-in sessions as the database holds them, kept in memory: every API request checks its token, and a
// query per request was most of a ledger page's time on the server (docs/decisions/007). Coherent because one server process owns its database (server/README.md) and every change
// to the sessions table goes through here: sign-in adds, sign-out deletes, a re-seed clears. Expiry is
// checked against the clock on every use; an entry is read again from the database after `recheckMs`
// anyway, and unknown tokens are never kept (a flood of made-up tokens cannot fill the memory).

type Entry = { userId: string; expiresAt: number; readAt: number }

export class SessionCache {
  private readonly entries = new Map<string, Entry>()

  constructor(
    private readonly recheckMs = 5 * 60 * 1000,
    private readonly maxEntries = 50_000,
  ) {}

  /** The session's user, null when it has expired, undefined when the database must be asked. */
  get(tokenHash: string, now: Date): string | null | undefined {
    const entry = this.entries.get(tokenHash)
    if (!entry) return undefined
    const at = now.getTime()
    if (entry.expiresAt <= at) {
      this.entries.delete(tokenHash)
      return null
    }
    if (at - entry.readAt >= this.recheckMs) {
      this.entries.delete(tokenHash)
      return undefined
    }
    return entry.userId
  }

  /** A session the database just confirmed (or created). */
  remember(tokenHash: string, userId: string, expiresAt: Date, now: Date): void {
    if (this.entries.size >= this.maxEntries) this.entries.clear()
    this.entries.set(tokenHash, { userId, expiresAt: expiresAt.getTime(), readAt: now.getTime() })
  }

  forget(tokenHash: string): void {
    this.entries.delete(tokenHash)
  }

  /** Every session of one user (disabled, reset or sent away by an admin). */
  forgetUser(userId: string): void {
    for (const [hash, entry] of this.entries) if (entry.userId === userId) this.entries.delete(hash)
  }

  clear(): void {
    this.entries.clear()
  }
}
