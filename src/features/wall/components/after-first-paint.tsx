import { startTransition, useEffect, useState, type ReactNode } from 'react'

/**
 * Renders `children` after the rest of the page has committed, as a transition: the figures paint in one
 * short task, and the parts below them (key things, boards, matrix, charts) render in slices React yields
 * between, instead of one long task ahead of the figures' paint.
 */
export function AfterFirstPaint({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState(false)
  useEffect(() => {
    startTransition(() => setShown(true))
  }, [])
  return shown ? children : null
}
