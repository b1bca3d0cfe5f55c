import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useSyncExternalStore } from 'react'
import { liveState, type LiveState } from './state'

/**
 * Holds the live connection while `active` (a signed-in layout with its session). The connection and its
 * key tables are loaded on demand, so they stay out of the wall's first download.
 */
export function useLiveConnection(active: boolean): void {
  const queryClient = useQueryClient()
  useEffect(() => {
    if (!active) return
    let stop: (() => void) | undefined
    let left = false
    void import('./connection').then(({ startLive }) => {
      if (!left) stop = startLive(queryClient)
    })
    return () => {
      left = true
      stop?.()
    }
  }, [active, queryClient])
}

export function useLiveState(): LiveState {
  return useSyncExternalStore(liveState.subscribe, liveState.get, liveState.get)
}

/** A query's polling interval, off while the stream tells the app of every change. */
export function usePollUnlessLive(intervalMs: number): number | false {
  return useLiveState().status === 'live' ? false : intervalMs
}
