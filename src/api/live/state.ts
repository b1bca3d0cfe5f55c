// What the live channel is doing, for the header's mark and for polling (useSyncExternalStore). Apart from
// the connection, which the app loads after its first paint.

export type LiveStatus = 'idle' | 'connecting' | 'live' | 'offline'
export type LiveState = { status: LiveStatus; /** A change arrived in the last `recentMs`. */ recent: boolean }

/** How long the header says 刚刚更新 after a change. */
export const recentMs = 5_000

let state: LiveState = { status: 'idle', recent: false }
const listeners = new Set<() => void>()

export function setLiveState(next: Partial<LiveState>): void {
  if (Object.entries(next).every(([key, value]) => state[key as keyof LiveState] === value)) return
  state = { ...state, ...next }
  for (const listener of listeners) listener()
}

export const liveState = {
  get: (): LiveState => state,
  subscribe(listener: () => void): () => void {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
}
