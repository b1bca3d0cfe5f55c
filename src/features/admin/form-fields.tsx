import { useId, type ReactNode } from 'react'
import styles from './admin.module.css'

/**
 * The admin forms' labelled fields: a label, the control, a hint and the server's message for the field.
 * `inputId(name)` is the control's id and `described(name, hint)` its aria-describedby.
 */
export function useFormFields(fields: Partial<Record<string, string>>) {
  const id = useId()
  const inputId = (name: string) => `${id}-${name}`
  const field = (name: string, label: string, input: ReactNode, hint?: string) => (
    <div className={styles.field}>
      <label htmlFor={inputId(name)}>{label}</label>
      {input}
      {hint ? (
        <span id={`${id}-${name}-hint`} className={styles.hint}>
          {hint}
        </span>
      ) : null}
      {fields[name] ? (
        <span id={`${id}-${name}-error`} className={styles.fieldError}>
          {fields[name]}
        </span>
      ) : null}
    </div>
  )
  const described = (name: string, hint = false) =>
    [hint ? `${id}-${name}-hint` : '', fields[name] ? `${id}-${name}-error` : ''].filter(Boolean).join(' ') || undefined
  return { id, inputId, field, described }
}
