import { startTransition, useEffect, useState } from 'react'

/** A tab opened in the background draws no frames: what waits for a paint still comes, a little later. */
const backgroundFallbackMs = 300

/**
 * False on the render where `key` is new; true once a frame showing that render has been drawn (the task
 * after the next animation frame), switched in a transition so that React yields between slices of what
 * it brings. For drawing what is on screen first and what is below it right after.
 */
export function useAfterNextPaint(key: unknown): boolean {
  const [painted, setPainted] = useState<{ key: unknown } | null>(null)
  useEffect(() => {
    const timers: ReturnType<typeof setTimeout>[] = []
    let frame = 0
    const done = () => {
      cancelAnimationFrame(frame)
      timers.forEach(clearTimeout)
      startTransition(() => setPainted({ key }))
    }
    frame = requestAnimationFrame(() => timers.push(setTimeout(done, 0)))
    timers.push(setTimeout(done, backgroundFallbackMs))
    return () => {
      cancelAnimationFrame(frame)
      timers.forEach(clearTimeout)
    }
  }, [key])
  return painted !== null && Object.is(painted.key, key)
}
