import { useEffect, useId, useRef, useState } from 'react'
import { dateOf } from '@/domain/dates'
import { checkAsOf } from '@/domain/as-of'
import { formatDate } from '@/lib/format'
import { t } from '@/lib/strings/strings'
import styles from './as-of-picker.module.css'

type Props = { asOf: string | undefined; min: string | undefined; onChange: (date: string | undefined) => void }

/**
 * A native date field: any day from the campaign's start to today, as typed; today clears it. A day outside
 * stays in the field, with a message saying why the wall did not move. On today's wall it waits
 * behind a button: Chromium spends ~50 ms building a date field (its locale's calendar data) on the main
 * thread, in the middle of the wall's first render, for a control few people open. Viewing a past day, it
 * is there from the start.
 */
export function AsOfPicker({ asOf, min, onChange }: Props) {
  const id = useId()
  const hintId = useId()
  const messageId = useId()
  const [opened, setOpened] = useState(false)
  const field = useRef<HTMLInputElement>(null)
  const today = dateOf(new Date())
  // What the field shows: the day being viewed, or what was typed when that is not a day the wall can show.
  const [draft, setDraft] = useState(asOf ?? today)
  const [shown, setShown] = useState(asOf)
  // The days this field sent up: when the address catches up with one, the person may be typing on (the
  // year's digits), so the field keeps what they typed. Any other change of day (回到今天, an address)
  // shows that day.
  const [sent, setSent] = useState<readonly (string | undefined)[]>([])
  if (shown !== asOf) {
    setShown(asOf)
    if (!sent.includes(asOf)) {
      setDraft(asOf ?? today)
      setSent([])
    }
  }
  // (A day outside that came in the address is the page's to explain.)
  const problem = draft && min && draft !== asOf ? checkAsOf(draft, min, today) : 'ok'

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
        value={draft}
        min={min}
        max={today}
        aria-describedby={problem === 'ok' ? hintId : `${messageId} ${hintId}`}
        aria-invalid={problem !== 'ok'}
        // Typing is over: any later change of day shows in the field.
        onBlur={() => setSent([])}
        onChange={(event) => {
          const value = event.target.value
          setDraft(value)
          if (value === '') return
          if (min && checkAsOf(value, min, today) !== 'ok') return
          const day = value === today ? undefined : value
          setSent((days) => [...days, day])
          onChange(day)
        }}
      />
      <span id={hintId} className="visually-hidden">
        {t.wall.asOfHint}
      </span>
      {problem !== 'ok' && min ? (
        <p id={messageId} className={styles.problem} role="alert">
          {problem === 'before-start'
            ? t.wall.asOfBeforeStart(formatDate(draft), formatDate(min))
            : t.wall.asOfAfterToday(formatDate(draft))}
        </p>
      ) : null}
      {asOf ? (
        <button type="button" className={styles.today} onClick={() => onChange(undefined)}>
          {t.wall.asOfToday}
        </button>
      ) : null}
    </div>
  )
}
