import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react'
import { itemKeys } from '@/api/items'
import type { FieldErrors } from '@/domain/item-checks'
import type { Item } from '@/domain/model/item'
import { tp } from '@/lib/strings/page-strings'
import styles from './action-form.module.css'
import { describeFailure, type Failure } from './failure'
import { FormField, type FieldSpec } from './form-field'

export type Prepared = { fields: FieldErrors } | { run: (version: number) => Promise<unknown> }

type Props = {
  /** The form's accessible name. */
  label: string
  intro?: ReactNode
  fields: readonly FieldSpec[]
  initial: Record<string, string>
  /** The item as the page shows it now; the form remembers the version it was opened on. */
  item: Item
  submitLabel: string
  /** The change shows on the page at once (optimistic): a refusal says it was undone. */
  optimistic?: boolean
  /** Checks the input (the domain's schemas and rules) and returns what to send, or the fields to fix. */
  prepare: (values: Record<string, string>) => Prepared
  describeChanges: (before: Item, after: Item) => string[]
  /** Told the server's answer (e.g. the posted update and the item as it now stands). */
  onDone: (result: unknown) => void
  onCancel: () => void
  /** Told when a save starts and ends, so the page keeps this form open until the server has answered. */
  onPendingChange?: (pending: boolean) => void
}

/**
 * One action on an item as a form that never loses the person's input: Chinese messages beside the
 * fields (checked here, then by the server's 422), a stale version (409) explained with what changed
 * and a way to submit again on the latest, a failed request kept with a retry.
 */
export function ActionForm({
  label,
  intro,
  fields,
  initial,
  item,
  submitLabel,
  optimistic = false,
  prepare,
  describeChanges,
  onDone,
  onCancel,
  onPendingChange,
}: Props) {
  const queryClient = useQueryClient()
  const formId = useId()
  const formRef = useRef<HTMLFormElement>(null)
  const [values, setValues] = useState(initial)
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({})
  const [failure, setFailure] = useState<Failure | null>(null)
  const [seen, setSeen] = useState(item)
  const [pending, setPending] = useState(false)
  const [focusTick, setFocusTick] = useState(0)

  useEffect(() => {
    if (focusTick === 0) return
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')
    invalid?.focus()
  }, [focusTick])

  async function submit(version: number) {
    const prepared = prepare(values)
    if ('fields' in prepared) {
      setFieldErrors(prepared.fields)
      setFailure(null)
      setFocusTick((tick) => tick + 1)
      return
    }
    setPending(true)
    onPendingChange?.(true)
    setFieldErrors({})
    setFailure(null)
    try {
      onDone(await prepared.run(version))
    } catch (error) {
      const next = describeFailure(error)
      if (next.kind === 'fields') {
        setFieldErrors(next.fields)
        setFocusTick((tick) => tick + 1)
      }
      if (next.kind === 'conflict') queryClient.setQueryData(itemKeys.detail(item.id), next.current)
      setFailure(next)
    } finally {
      setPending(false)
      onPendingChange?.(false)
    }
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    void submit(seen.version)
  }

  const known = new Set(fields.map((field) => field.name))
  // Errors on fields the form does not show (e.g. `kind`: a repeat urge), unless the message already says them.
  const otherFieldErrors = Object.entries(fieldErrors).filter(
    ([name, message]) => !known.has(name) && message !== failure?.message,
  )

  return (
    <form ref={formRef} className={styles.form} aria-label={label} noValidate onSubmit={onSubmit}>
      {intro ? <div className={styles.intro}>{intro}</div> : null}
      {failure ? (
        <div className={styles.alert} role="alert">
          {failure.kind === 'conflict' ? (
            <ConflictNotice
              changes={describeChanges(seen, failure.current)}
              pending={pending}
              onRetry={() => {
                setSeen(failure.current)
                void submit(failure.current.version)
              }}
            />
          ) : (
            <>
              <p className={styles.alertTitle}>
                {failure.kind === 'fields' ? tp.item.fixFields : optimistic ? tp.item.rolledBack : tp.item.failed}
              </p>
              <p>{failure.message}</p>
              {otherFieldErrors.length > 0 ? (
                <ul>
                  {otherFieldErrors.map(([name, message]) => (
                    <li key={name}>{message}</li>
                  ))}
                </ul>
              ) : null}
              {failure.kind === 'other' && failure.retryable ? (
                <button
                  type="button"
                  className={styles.secondary}
                  disabled={pending}
                  onClick={() => void submit(seen.version)}
                >
                  {tp.item.retry}
                </button>
              ) : null}
            </>
          )}
        </div>
      ) : null}
      {fields.map((field) => (
        <FormField
          key={field.name}
          idPrefix={formId}
          spec={field}
          value={values[field.name] ?? ''}
          error={fieldErrors[field.name]}
          onChange={(value) => setValues((current) => ({ ...current, [field.name]: value }))}
        />
      ))}
      <div className={styles.buttons}>
        <button type="submit" className={styles.primary} disabled={pending} aria-busy={pending}>
          {pending ? tp.item.submitting : submitLabel}
        </button>
        <button type="button" className={styles.secondary} disabled={pending} onClick={onCancel}>
          {tp.item.cancel}
        </button>
      </div>
    </form>
  )
}

function ConflictNotice({ changes, pending, onRetry }: { changes: string[]; pending: boolean; onRetry: () => void }) {
  return (
    <>
      <p className={styles.alertTitle}>{tp.item.conflictTitle}</p>
      {changes.length > 0 ? (
        <>
          <p>{tp.item.conflictIntro}</p>
          <ul>
            {changes.map((change) => (
              <li key={change}>{change}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{tp.item.conflictNoDiff}</p>
      )}
      <p>{tp.item.conflictKept}</p>
      <button type="button" className={styles.secondary} disabled={pending} onClick={onRetry}>
        {tp.item.conflictRetry}
      </button>
    </>
  )
}
