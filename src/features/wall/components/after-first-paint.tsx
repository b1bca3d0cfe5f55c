import { startTransition, useEffect, useState, type ReactNode } from 'react'

/** A tab opened in the background draws no frames: the parts below still come, a little later. */
const backgroundFallbackMs = 300

/**
 * Renders `children` once a frame holding the rest of the page has been drawn (the task after the next
 * animation frame), as a transition: the figures paint first, and the parts below them (key things,
 * boards, matrix, charts) — their requests and their rendering, in slices React yields between — come
 * after, instead of ahead of the figures' paint.
 */
export function AfterFirstPaint({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState(false)
  useEffect(() => {
    const timers: ReturnType<typeof setTimeout>[] = []
    let frame = 0
    const show = () => {
      cancelAnimationFrame(frame)
      timers.forEach(clearTimeout)
      startTransition(() => setShown(true))
    }
    frame = requestAnimationFrame(() => timers.push(setTimeout(show, 0)))
    timers.push(setTimeout(show, backgroundFallbackMs))
    return () => {
      cancelAnimationFrame(frame)
      timers.forEach(clearTimeout)
    }
  }, [])
  return shown ? children : null
}
