import { useEffect, useRef, useState } from 'react'
import { Link, useNavigate } from 'react-router-dom'
import type { Board } from '@/domain/model/board'
import { t } from '@/lib/strings/strings'
import { chipName, countBoardLights } from '../board-chips'
import { drillHref } from '../use-as-of'
import styles from './board-canvas.module.css'

type Props = { board: Board; asOf: string | undefined; unitName: (unitId: string) => string }

const maxHeight = 560
const tokens = {
  red: '--color-light-red-dot',
  yellow: '--color-light-yellow-dot',
  green: '--color-light-green-dot',
  none: '--color-light-none-dot',
} as const

type Layout = { pitch: number; cell: number; columns: number; rows: number }

function layoutFor(width: number, count: number): Layout {
  const pitch = Math.max(3, Math.min(16, Math.floor(Math.sqrt((width * maxHeight) / Math.max(1, count)))))
  const columns = Math.max(1, Math.floor(width / pitch))
  return { pitch, cell: Math.max(2, pitch - 1), columns, rows: Math.ceil(count / columns) }
}

/** Tens of thousands of chips on one canvas, with hover and click found by arithmetic, not by elements. */
export function BoardCanvas({ board, asOf, unitName }: Props) {
  const frameRef = useRef<HTMLDivElement>(null)
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const navigate = useNavigate()
  const [width, setWidth] = useState(0)
  const [hover, setHover] = useState<{ index: number; x: number; y: number } | null>(null)
  const count = board.id.length
  const layout = layoutFor(width, count)
  const tally = countBoardLights(board)

  useEffect(() => {
    const frame = frameRef.current
    if (!frame) return
    setWidth(frame.clientWidth)
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry?.contentRect.width ?? 0)))
    observer.observe(frame)
    return () => observer.disconnect()
  }, [])

  useEffect(() => {
    const canvas = canvasRef.current
    const context = canvas?.getContext('2d')
    if (!canvas || !context || width === 0) return
    const ratio = window.devicePixelRatio || 1
    const height = layout.rows * layout.pitch
    canvas.width = Math.floor(width * ratio)
    canvas.height = Math.floor(height * ratio)
    canvas.style.width = `${width}px`
    canvas.style.height = `${height}px`
    context.setTransform(ratio, 0, 0, ratio, 0, 0)
    context.clearRect(0, 0, width, height)
    const style = getComputedStyle(canvas)
    // One fill colour at a time: a few thousand state changes instead of fifty thousand.
    for (const light of ['red', 'yellow', 'green', 'none'] as const) {
      context.fillStyle = style.getPropertyValue(tokens[light]).trim() || '#888'
      for (let index = 0; index < count; index += 1) {
        if (board.light[index] !== light) continue
        context.fillRect(
          (index % layout.columns) * layout.pitch,
          Math.floor(index / layout.columns) * layout.pitch,
          layout.cell,
          layout.cell,
        )
      }
    }
    if (layout.cell >= 6) {
      context.fillStyle = 'rgba(0,0,0,0.45)'
      const inset = Math.floor(layout.cell / 3)
      for (let index = 0; index < count; index += 1) {
        if (!board.key[index]) continue
        context.fillRect(
          (index % layout.columns) * layout.pitch + inset,
          Math.floor(index / layout.columns) * layout.pitch + inset,
          layout.cell - 2 * inset,
          layout.cell - 2 * inset,
        )
      }
    }
  }, [board, count, layout.cell, layout.columns, layout.pitch, layout.rows, width])

  const indexAt = (event: React.MouseEvent<HTMLCanvasElement>) => {
    const rect = event.currentTarget.getBoundingClientRect()
    const x = event.clientX - rect.left
    const y = event.clientY - rect.top
    const column = Math.floor(x / layout.pitch)
    const row = Math.floor(y / layout.pitch)
    if (column < 0 || column >= layout.columns || row < 0) return null
    const index = row * layout.columns + column
    return index < count ? { index, x, y } : null
  }

  const hovered = hover ? hover.index : null
  return (
    <div className={styles.frame} ref={frameRef}>
      <p className={styles.summary}>{t.wall.canvasSummary(count, tally.red, tally.yellow, tally.green, tally.done)}</p>
      <div className={styles.stage}>
        <canvas
          ref={canvasRef}
          className={styles.canvas}
          role="img"
          aria-label={t.wall.canvasSummary(count, tally.red, tally.yellow, tally.green, tally.done)}
          onMouseMove={(event) => setHover(indexAt(event))}
          onMouseLeave={() => setHover(null)}
          onClick={(event) => {
            const found = indexAt(event)
            const id = found ? board.id[found.index] : undefined
            if (id) void navigate(`/items/${encodeURIComponent(id)}`)
          }}
        />
        {hover && hovered !== null ? (
          <div
            className={styles.tip}
            style={{ left: Math.min(hover.x + 12, Math.max(0, width - 260)), top: hover.y + 12 }}
            aria-hidden="true"
          >
            <strong>{chipName(board, hovered)}</strong>
            <span>{unitName(board.units[board.unit[hovered] ?? 0] ?? '')}</span>
          </div>
        ) : null}
      </div>
      <p className={styles.hint}>{t.wall.canvasHint}</p>
      <ul className={styles.links}>
        {(['red', 'yellow', 'green'] as const).map((light) => (
          <li key={light}>
            <Link to={drillHref({ list: [board.listId], light: [light] }, asOf)}>
              {t.wall.canvasOpen(t.light[light], tally[light])}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  )
}
