import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useId, useState, type FormEvent } from 'react'
import { ApiError, errorMessage } from '@/api/errors'
import { itemKeys } from '@/api/items'
import { statsKeys } from '@/api/stats'
import { postUpdate, type UpdateDraftInput } from '@/api/updates'
import type { Item } from '@/domain/model/item'
import { tp } from '@/lib/strings/page-strings'
import styles from '../my-unit.module.css'

type Props = { item: Item; kind: 'progress' | 'reply'; onDone: (message: string) => void }

/** 报送进展 / 回复催办 from the unit's page: the same POST /items/{id}/updates the item page uses. */
export function QuickUpdate({ item, kind, onDone }: Props) {
  const id = useId()
  const queryClient = useQueryClient()
  const [progress, setProgress] = useState(String(item.progress))
  const [note, setNote] = useState('')
  const post = useMutation({
    mutationFn: (draft: UpdateDraftInput) => postUpdate(item.id, draft),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: itemKeys.all }),
        queryClient.invalidateQueries({ queryKey: statsKeys.all }),
      ])
      onDone(tp.myUnit.sent(item.title))
    },
  })

  function submit(event: FormEvent) {
    event.preventDefault()
    post.mutate(
      kind === 'progress'
        ? { kind, progress: Number(progress), note, version: item.version }
        : { kind, note, version: item.version },
    )
  }

  const fields = post.error instanceof ApiError ? post.error.fields : {}
  return (
    <form
      className={styles.quick}
      onSubmit={submit}
      aria-label={kind === 'progress' ? tp.myUnit.reportProgressFor(item.title) : tp.myUnit.replyUrgeFor(item.title)}
    >
      {kind === 'progress' ? (
        <>
          <label htmlFor={`${id}-progress`}>{tp.myUnit.progressLabel}</label>
          <input
            id={`${id}-progress`}
            type="number"
            min={0}
            max={100}
            step={1}
            required
            value={progress}
            onChange={(event) => setProgress(event.target.value)}
            aria-invalid={Boolean(fields.progress)}
          />
          {fields.progress ? <p className={styles.fieldError}>{fields.progress}</p> : null}
        </>
      ) : null}
      <label htmlFor={`${id}-note`}>{tp.myUnit.noteLabel}</label>
      <textarea
        id={`${id}-note`}
        rows={3}
        required
        value={note}
        placeholder={kind === 'progress' ? tp.myUnit.progressNoteHint : tp.myUnit.replyNoteHint}
        onChange={(event) => setNote(event.target.value)}
        aria-invalid={Boolean(fields.note)}
      />
      {fields.note ? <p className={styles.fieldError}>{fields.note}</p> : null}
      {post.isError ? (
        <p className={styles.fieldError} role="alert">
          {errorMessage(post.error)}
        </p>
      ) : null}
      <button type="submit" className={styles.primary} disabled={post.isPending} aria-busy={post.isPending}>
        {post.isPending ? tp.myUnit.sending : tp.myUnit.send}
      </button>
    </form>
  )
}
