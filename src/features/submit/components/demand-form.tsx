import { useId, useState, type FormEvent } from 'react'
import { ApiError, errorMessage } from '@/api/errors'
import { fieldIssues } from '@/domain/issue-fields'
import { DemandDraftSchema, type DemandDraft } from '@/domain/model/demand'
import { tp } from '@/lib/strings/page-strings'
import styles from './demand-form.module.css'

type Props = { unitId: string; pending: boolean; error: Error | null; onSubmit: (draft: DemandDraft) => void }

type Fields = Partial<Record<'text' | 'submitterName' | 'submitterPhone', string>>

/** A worker's demand: the text, and a name and phone unless they stay anonymous. Checked by the contract's schema. */
export function DemandForm({ unitId, pending, error, onSubmit }: Props) {
  const [text, setText] = useState('')
  const [anonymous, setAnonymous] = useState(false)
  const [name, setName] = useState('')
  const [phone, setPhone] = useState('')
  const [fields, setFields] = useState<Fields>({})
  const ids = { text: useId(), hint: useId(), name: useId(), phone: useId(), error: useId() }
  const serverFields: Fields = error instanceof ApiError ? error.fields : {}
  const shown: Fields = { ...serverFields, ...fields }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const draft = {
      channel: 'qr_form' as const,
      unitId,
      text,
      anonymous,
      submitterName: anonymous || !name.trim() ? null : name,
      submitterPhone: anonymous || !phone.trim() ? null : phone,
    }
    const parsed = DemandDraftSchema.safeParse(draft)
    if (!parsed.success) {
      setFields(fieldIssues(parsed.error.issues))
      return
    }
    setFields({})
    onSubmit(parsed.data)
  }

  const describe = (...parts: (string | false)[]) => parts.filter(Boolean).join(' ') || undefined

  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      {error && Object.keys(serverFields).length === 0 ? (
        <p role="alert" id={ids.error} className={styles.error}>
          {errorMessage(error)}
        </p>
      ) : null}
      <label htmlFor={ids.text}>{tp.submit.text}</label>
      <p id={ids.hint} className={styles.hint}>
        {tp.submit.textHint}
      </p>
      <textarea
        id={ids.text}
        rows={6}
        value={text}
        onChange={(event) => setText(event.target.value)}
        aria-invalid={shown.text ? true : undefined}
        aria-describedby={describe(ids.hint, shown.text !== undefined && `${ids.text}-error`)}
      />
      {shown.text ? (
        <p id={`${ids.text}-error`} className={styles.fieldError}>
          {shown.text}
        </p>
      ) : null}

      <label className={styles.check}>
        <input type="checkbox" checked={anonymous} onChange={(event) => setAnonymous(event.target.checked)} />
        {tp.submit.anonymous}
      </label>

      {anonymous ? null : (
        <>
          <label htmlFor={ids.name}>{tp.submit.name}</label>
          <input
            id={ids.name}
            autoComplete="name"
            value={name}
            onChange={(event) => setName(event.target.value)}
            aria-invalid={shown.submitterName ? true : undefined}
            aria-describedby={shown.submitterName ? `${ids.name}-error` : undefined}
          />
          {shown.submitterName ? (
            <p id={`${ids.name}-error`} className={styles.fieldError}>
              {shown.submitterName}
            </p>
          ) : null}
          <label htmlFor={ids.phone}>{tp.submit.phone}</label>
          <input
            id={ids.phone}
            type="tel"
            autoComplete="tel"
            value={phone}
            onChange={(event) => setPhone(event.target.value)}
            aria-invalid={shown.submitterPhone ? true : undefined}
            aria-describedby={shown.submitterPhone ? `${ids.phone}-error` : undefined}
          />
          {shown.submitterPhone ? (
            <p id={`${ids.phone}-error`} className={styles.fieldError}>
              {shown.submitterPhone}
            </p>
          ) : null}
        </>
      )}

      <button type="submit" className={styles.submit} disabled={pending}>
        {pending ? tp.submit.submitting : tp.submit.submit}
      </button>
    </form>
  )
}
