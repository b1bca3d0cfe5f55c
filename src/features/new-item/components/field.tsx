import type { ReactNode } from 'react'
import { tp } from '@/lib/strings/page-strings'
import styles from './item-form.module.css'

export type ControlProps = {
  id: string
  'aria-invalid': boolean
  'aria-describedby': string | undefined
  required: boolean
}

type Props = {
  id: string
  label: string
  required?: boolean
  hint?: string | undefined
  error?: string | undefined
  warning?: string | undefined
  children: (control: ControlProps) => ReactNode
}

/** A labelled control with its hint, its error (from the domain's review or the server) and a warning. */
export function Field({ id, label, required = false, hint, error, warning, children }: Props) {
  const hintId = hint ? `${id}-hint` : null
  const errorId = error ? `${id}-error` : null
  const warningId = warning ? `${id}-warning` : null
  const describedBy = [errorId, warningId, hintId].filter(Boolean).join(' ') || undefined
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
        {required ? (
          <span className={styles.required} aria-label={tp.newItem.required}>
            *
          </span>
        ) : null}
      </label>
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy, required })}
      {error ? (
        <p id={errorId!} className={styles.error}>
          {error}
        </p>
      ) : null}
      {warning ? (
        <p id={warningId!} className={styles.warning}>
          {warning}
        </p>
      ) : null}
      {hint ? (
        <p id={hintId!} className={styles.hint}>
          {hint}
        </p>
      ) : null}
    </div>
  )
}
