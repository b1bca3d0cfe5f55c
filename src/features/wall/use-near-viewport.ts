import { useEffect, useRef, useState } from 'react'

/**
 * Whether an element has come within `margin` of the viewport (once true, it stays true). Used to
 * leave below-the-fold work (a 50,000-item board, the charts) until the person scrolls towards it,
 * so the figures paint first and a phone does not download and draw what nobody looks at.
 * Without IntersectionObserver (jsdom, old browsers) everything counts as near.
 */
export function useNearViewport<T extends Element>(active = true, margin = '100% 0px') {
  const ref = useRef<T>(null)
  const [near, setNear] = useState(() => !active || typeof IntersectionObserver === 'undefined')
  useEffect(() => {
    const element = ref.current
    if (near || !element) return
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true)
      },
      { rootMargin: margin },
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [near, margin])
  return { ref, near: near || !active }
}
