import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import styles from './disclosure.module.css'

type Props = {
  /** The button's content; `label` is its accessible name when the content is not plain text. */
  button: ReactNode
  label?: string
  /** Content of the panel; gets `close` to dismiss it after an action. */
  children: (close: () => void) => ReactNode
  align?: 'start' | 'end'
  buttonClassName?: string
}

/**
 * A button that shows and hides a panel below it (the disclosure pattern, not an ARIA menu: panels hold
 * forms and lists). Escape and a click outside close it; Escape returns focus to the button.
 */
export function Disclosure({ button, label, children, align = 'end', buttonClassName }: Props) {
  const [open, setOpen] = useState(false)
  const panelId = useId()
  const rootRef = useRef<HTMLDivElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (!open) return
    const onPointer = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false)
    }
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false)
        buttonRef.current?.focus()
      }
    }
    document.addEventListener('pointerdown', onPointer)
    document.addEventListener('keydown', onKey)
    return () => {
      document.removeEventListener('pointerdown', onPointer)
      document.removeEventListener('keydown', onKey)
    }
  }, [open])

  return (
    <div className={styles.root} ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className={buttonClassName ?? styles.button}
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={label}
        onClick={() => setOpen((value) => !value)}
      >
        {button}
      </button>
      <div id={panelId} className={`${styles.panel} ${align === 'start' ? styles.start : styles.end}`} hidden={!open}>
        {open ? children(() => setOpen(false)) : null}
      </div>
    </div>
  )
}
