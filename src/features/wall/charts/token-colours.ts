// The app's colours for charts drawn in SVG (recharts), read from the stylesheet's tokens.

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
