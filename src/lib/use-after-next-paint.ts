import { startTransition, useEffect, useState } from 'react'

/** A tab opened in the background draws no frames: what waits for a paint still comes, a little later. */
const backgroundFallbackMs = 300

/**
 * Resolves once a frame has been drawn after this call (in the task after the next animation frame), or
 * after a moment in a tab that draws none. For work that must not hold up the paint of what is on screen.
 */
export function nextPaint(): { done: Promise<void>; cancel: () => void } {
  const timers: ReturnType<typeof setTimeout>[] = []
  let frame = 0
  const cancel = () => {
    cancelAnimationFrame(frame)
    timers.forEach(clearTimeout)
  }
  const done = new Promise<void>((resolve) => {
    const finish = () => {
      cancel()
      resolve()
    }
    frame = requestAnimationFrame(() => timers.push(setTimeout(finish, 0)))
    timers.push(setTimeout(finish, backgroundFallbackMs))
  })
  return { done, cancel }
}

/**
 * False on the render where `key` is new; true once a frame showing that render has been drawn, switched
 * in a transition so that React yields between slices of what it brings. For drawing what is on screen
 * first and what is below it right after.
 */
export function useAfterNextPaint(key: unknown): boolean {
  const [painted, setPainted] = useState<{ key: unknown } | null>(null)
  useEffect(() => {
    const paint = nextPaint()
    let current = true
    void paint.done.then(() => {
      if (current) startTransition(() => setPainted({ key }))
    })
    return () => {
      current = false
      paint.cancel()
    }
  }, [key])
  return painted !== null && Object.is(painted.key, key)
}
