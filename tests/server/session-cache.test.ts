import { SessionCache } from '../../server/auth/session-cache'

// The server's sessions read through memory (server/auth/session-cache.ts): whatever is kept must never
// sign in a session the database would refuse.

const at = (iso: string) => new Date(iso)

describe('the session cache', () => {
  it('answers a remembered session until it expires, then refuses it', () => {
    const cache = new SessionCache(60_000)
    cache.remember('h1', 'leader-1', at('2026-12-01T10:00:30Z'), at('2026-12-01T10:00:00Z'))
    expect(cache.get('h1', at('2026-12-01T10:00:10Z'))).toBe('leader-1')
    expect(cache.get('h1', at('2026-12-01T10:00:30Z'))).toBeNull()
    expect(cache.get('h1', at('2026-12-01T10:00:31Z'))).toBeUndefined()
  })

  it('sends a session back to the database once it has been kept long enough', () => {
    const cache = new SessionCache(60_000)
    cache.remember('h1', 'leader-1', at('2026-12-08T10:00:00Z'), at('2026-12-01T10:00:00Z'))
    expect(cache.get('h1', at('2026-12-01T10:00:59Z'))).toBe('leader-1')
    expect(cache.get('h1', at('2026-12-01T10:01:00Z'))).toBeUndefined()
  })

  it('knows nothing of tokens it was not given, forgets on sign-out and on a re-seed', () => {
    const cache = new SessionCache()
    const now = at('2026-12-01T10:00:00Z')
    const week = at('2026-12-08T10:00:00Z')
    expect(cache.get('unknown', now)).toBeUndefined()
    cache.remember('h1', 'leader-1', week, now)
    cache.remember('h2', 'supervisor-1', week, now)
    cache.forget('h1')
    expect(cache.get('h1', now)).toBeUndefined()
    expect(cache.get('h2', now)).toBe('supervisor-1')
    cache.clear()
    expect(cache.get('h2', now)).toBeUndefined()
  })

  it('stays within its size, dropping what it holds rather than growing', () => {
    const cache = new SessionCache(60_000, 3)
    const now = at('2026-12-01T10:00:00Z')
    for (const hash of ['a', 'b', 'c', 'd']) cache.remember(hash, 'leader-1', at('2026-12-08T10:00:00Z'), now)
    expect(['a', 'b', 'c'].map((hash) => cache.get(hash, now))).toEqual([undefined, undefined, undefined])
    expect(cache.get('d', now)).toBe('leader-1')
  })
})
