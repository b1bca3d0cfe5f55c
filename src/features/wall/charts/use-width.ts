import { useEffect, useRef, useState } from 'react'

/** The width of an element, followed as it resizes; 0 until measured (and in jsdom, which lays nothing out). */
export function useWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null)
  const [width, setWidth] = useState(0)
  useEffect(() => {
    const element = ref.current
    if (!element) return
    setWidth(element.clientWidth)
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry?.contentRect.width ?? 0)))
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  return { ref, width }
}

/** The app's colour tokens as values an SVG attribute accepts. */
export function tokenColours() {
  const style = getComputedStyle(document.documentElement)
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback
  return {
    red: read('--color-light-red-dot', '#d93025'),
    yellow: read('--color-light-yellow-dot', '#f2b705'),
    green: read('--color-light-green-dot', '#1e8e3e'),
    none: read('--color-light-none-dot', '#8c959f'),
    brand: read('--color-brand', '#9f1c1c'),
    link: read('--color-link', '#0b57d0'),
    muted: read('--color-text-muted', '#57606a'),
    grid: read('--color-border', '#d0d7de'),
  }
}
