import { useEffect, useId, useRef, useState } from 'react'
import { dateOf } from '@/domain/dates'
import { t } from '@/lib/strings/strings'
import styles from './as-of-picker.module.css'

type Props = { asOf: string | undefined; min: string | undefined; onChange: (date: string | undefined) => void }

/**
 * A native date field: any day from the campaign's start to today; today clears it. On today's wall it waits
 * behind a button: Chromium spends ~50 ms building a date field (its locale's calendar data) on the main
 * thread, in the middle of the wall's first render, for a control few people open. Viewing a past day, it
 * is there from the start.
 */
export function AsOfPicker({ asOf, min, onChange }: Props) {
  const id = useId()
  const hintId = useId()
  const [opened, setOpened] = useState(false)
  const field = useRef<HTMLInputElement>(null)
  const today = dateOf(new Date())

  useEffect(() => {
    const input = field.current
    if (!opened || !input) return
    input.focus()
    // Straight to the calendar where the browser can (the click's user activation still holds).
    try {
      input.showPicker?.()
    } catch {
      // Not allowed here (or no picker): the focused field is enough.
    }
  }, [opened])

  if (!asOf && !opened) {
    return (
      <button type="button" className={styles.open} title={t.wall.asOfHint} onClick={() => setOpened(true)}>
        {t.wall.asOfOpen}
      </button>
    )
  }
  return (
    <div className={styles.picker}>
      <label htmlFor={id} className={styles.label}>
        {t.wall.asOfLabel}
      </label>
      <input
        ref={field}
        id={id}
        type="date"
        className={styles.input}
        value={asOf ?? today}
        min={min}
        max={today}
        aria-describedby={hintId}
        onChange={(event) => {
          const value = event.target.value
          onChange(value === '' || value >= today ? undefined : min && value < min ? min : value)
        }}
      />
      <span id={hintId} className="visually-hidden">
        {t.wall.asOfHint}
      </span>
      {asOf ? (
        <button type="button" className={styles.today} onClick={() => onChange(undefined)}>
          {t.wall.asOfToday}
        </button>
      ) : null}
    </div>
  )
}
