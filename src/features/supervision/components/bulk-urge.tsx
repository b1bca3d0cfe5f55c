import { useQueryClient } from '@tanstack/react-query'
import { useId, useState, type FormEvent } from 'react'
import { Link } from 'react-router-dom'
import { errorMessage } from '@/api/errors'
import { invalidateAfterItemChange, postUpdate } from '@/api/updates'
import { fieldIssues } from '@/domain/issue-fields'
import type { FieldErrors } from '@/domain/item-checks'
import type { Item } from '@/domain/model/item'
import { UpdateDraftSchema, type UpdateDraft } from '@/domain/model/update'
import { checkUpdateDraft } from '@/domain/update-checks'
import { defaultReplyBy } from '@/domain/urge'
import { tp } from '@/lib/strings/page-strings'
import styles from './bulk-urge.module.css'

export type Selected = Pick<Item, 'id' | 'code' | 'title'>
type Result = Selected & { ok: boolean; message: string }

type Props = {
  selected: readonly Selected[]
  today: string
  onClear: () => void
  onKeepOnly: (ids: readonly string[]) => void
}

/** One urge form for every selected item: posts one urge per item and reports each one's outcome. */
export function BulkUrge({ selected, today, onClear, onKeepOnly }: Props) {
  const queryClient = useQueryClient()
  const formId = useId()
  const [replyBy, setReplyBy] = useState(defaultReplyBy(today))
  const [note, setNote] = useState('')
  const [fields, setFields] = useState<FieldErrors>({})
  const [sending, setSending] = useState<{ done: number; total: number } | null>(null)
  const [results, setResults] = useState<Result[] | null>(null)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (selected.length === 0) {
      setFields({ _: tp.supervision.bulkNone })
      return
    }
    const parsed = UpdateDraftSchema.safeParse({ kind: 'urge', replyBy, note })
    const found: FieldErrors = {}
    if (!replyBy) found.replyBy = `请选择${tp.item.field.replyBy}`
    if (!parsed.success) Object.assign(found, { ...fieldIssues(parsed.error.issues), ...found })
    else Object.assign(found, checkUpdateDraft(parsed.data, today))
    setFields(found)
    if (!parsed.success || Object.keys(found).length > 0) return
    const draft: UpdateDraft = parsed.data
    const outcome: Result[] = []
    setResults(null)
    setSending({ done: 0, total: selected.length })
    for (const [index, item] of selected.entries()) {
      try {
        await postUpdate(item.id, draft)
        outcome.push({ ...item, ok: true, message: tp.supervision.bulkOk })
      } catch (error) {
        outcome.push({ ...item, ok: false, message: tp.supervision.bulkFailed(errorMessage(error)) })
      }
      setSending({ done: index + 1, total: selected.length })
    }
    setSending(null)
    setResults(outcome)
    // Failed items stay selected, so "retry" is one more submit of the same form.
    onKeepOnly(outcome.filter((result) => !result.ok).map((result) => result.id))
    await invalidateAfterItemChange(queryClient)
  }

  const ok = results?.filter((result) => result.ok).length ?? 0
  const failed = (results?.length ?? 0) - ok
  const error = (name: string) =>
    fields[name] ? (
      <span id={`${formId}-${name}-error`} className={styles.error}>
        {fields[name]}
      </span>
    ) : null
  const describedBy = (name: string) => (fields[name] ? `${formId}-${name}-error` : undefined)

  return (
    <section className={styles.panel} aria-labelledby={`${formId}-title`}>
      <div className={styles.bar}>
        <h2 id={`${formId}-title`} className={styles.heading}>
          {selected.length > 0 ? tp.supervision.bulkUrgeHeading(selected.length) : tp.supervision.bulkUrge}
        </h2>
        <span className={styles.count}>{tp.supervision.selected(selected.length)}</span>
        {selected.length > 0 ? (
          <button type="button" className={styles.link} onClick={onClear}>
            {tp.supervision.clearSelection}
          </button>
        ) : null}
      </div>
      {selected.length === 0 ? (
        <p className={styles.hint}>{tp.supervision.bulkNone}</p>
      ) : (
        <form
          className={styles.form}
          aria-label={tp.supervision.bulkUrge}
          noValidate
          onSubmit={(event) => void submit(event)}
        >
          <p className={styles.hint}>{tp.supervision.bulkUrgeHint}</p>
          <div className={styles.field}>
            <label htmlFor={`${formId}-replyBy`}>{tp.item.field.replyBy}</label>
            <input
              id={`${formId}-replyBy`}
              type="date"
              min={today}
              value={replyBy}
              aria-invalid={fields.replyBy ? true : undefined}
              aria-describedby={describedBy('replyBy')}
              onChange={(event) => setReplyBy(event.target.value)}
            />
            {error('replyBy')}
          </div>
          <div className={`${styles.field} ${styles.wide}`}>
            <label htmlFor={`${formId}-note`}>{tp.item.field.urgeNote}</label>
            <textarea
              id={`${formId}-note`}
              rows={2}
              value={note}
              aria-invalid={fields.note ? true : undefined}
              aria-describedby={describedBy('note')}
              onChange={(event) => setNote(event.target.value)}
            />
            {error('note')}
          </div>
          <div className={styles.actions}>
            <button type="submit" className={styles.primary} disabled={sending !== null} aria-busy={sending !== null}>
              {failed > 0 && selected.length > 0 ? tp.supervision.bulkRetry : tp.supervision.bulkUrge}
            </button>
            {error('_')}
          </div>
        </form>
      )}
      <div role="status" className={styles.status}>
        {sending
          ? tp.supervision.bulkSending(sending.done, sending.total)
          : results
            ? tp.supervision.bulkResult(ok, failed)
            : null}
      </div>
      {results ? (
        <ul className={styles.results} aria-label={tp.supervision.bulkResult(ok, failed)}>
          {results.map((result) => (
            <li key={result.id} className={result.ok ? styles.ok : styles.failed}>
              <Link to={`/items/${encodeURIComponent(result.id)}`}>
                {tp.supervision.openItem(result.code, result.title)}
              </Link>
              <span>{result.message}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  )
}
