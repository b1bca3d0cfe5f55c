import type { ReactNode } from 'react'
import { useNearViewport } from '../use-near-viewport'

type Props = { active: boolean; placeholder: ReactNode; children: ReactNode }

/** Renders `children` once scrolled near (at once when not `active`); `placeholder` until then. */
export function WhenNear({ active, placeholder, children }: Props) {
  const { ref, near } = useNearViewport<HTMLDivElement>(active)
  return <div ref={ref}>{near ? children : placeholder}</div>
}
