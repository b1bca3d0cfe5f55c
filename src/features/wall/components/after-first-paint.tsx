import type { ReactNode } from 'react'
import { useAfterNextPaint } from '@/lib/use-after-next-paint'

const firstPaint = 'first paint'

/**
 * Renders `children` once a frame holding the rest of the page has been drawn, as a transition: the
 * figures paint first, and the parts below them (key things, boards, matrix, charts) — their requests and
 * their rendering, in slices React yields between — come after, instead of ahead of the figures' paint.
 */
export function AfterFirstPaint({ children }: { children: ReactNode }) {
  return useAfterNextPaint(firstPaint) ? children : null
}
