import { useEffect, useState } from 'react'
import { tp } from '@/lib/strings/page-strings'

type Modules = boolean[][]

/** A QR code drawn as SVG rects; the encoder (uqr) is loaded only here, on the poster page. */
export function QrCode({ text, label, className }: { text: string; label: string; className?: string }) {
  const [state, setState] = useState<{ text: string; modules: Modules | null; failed: boolean }>({
    text: '',
    modules: null,
    failed: false,
  })
  useEffect(() => {
    let live = true
    import('uqr')
      .then(({ encode }) => {
        if (live) setState({ text, modules: encode(text, { ecc: 'M', border: 4 }).data, failed: false })
      })
      .catch(() => {
        if (live) setState({ text, modules: null, failed: true })
      })
    return () => {
      live = false
    }
  }, [text])
  if (state.failed) return <p role="alert">{tp.poster.qrFailed}</p>
  if (!state.modules || state.text !== text) return <p>{tp.poster.qrLoading}</p>
  const size = state.modules.length
  const path = state.modules
    .flatMap((row, y) => row.flatMap((dark, x) => (dark ? [`M${x} ${y}h1v1h-1z`] : [])))
    .join('')
  return (
    <svg
      className={className}
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  )
}
