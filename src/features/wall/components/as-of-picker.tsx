import { useId } from 'react'
import { dateOf } from '@/domain/dates'
import { t } from '@/lib/strings/strings'
import styles from './as-of-picker.module.css'

type Props = { asOf: string | undefined; min: string | undefined; onChange: (date: string | undefined) => void }

/** A native date field: any day from the campaign's start to today; today clears it. */
export function AsOfPicker({ asOf, min, onChange }: Props) {
  const id = useId()
  const hintId = useId()
  const today = dateOf(new Date())
  return (
    <div className={styles.picker}>
      <label htmlFor={id} className={styles.label}>
        {t.wall.asOfLabel}
      </label>
      <input
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
