import { useId } from 'react'
import { errorMessage } from '@/api/errors'
import { t } from '@/lib/strings/strings'
import styles from './error-state.module.css'

type Props = {
  error: unknown
  /** Refetches the failed query (or resets the boundary); without it no button is offered. */
  onRetry?: () => void
  retrying?: boolean
  title?: string
}

/** What went wrong, in Chinese, with a way to try again. */
export function ErrorState({ error, onRetry, retrying = false, title = t.errors.title }: Props) {
  const titleId = useId()
  return (
    <div className={styles.error} role="alert" aria-labelledby={titleId}>
      <span className={styles.icon} aria-hidden="true">
        !
      </span>
      <div className={styles.body}>
        <h2 id={titleId} className={styles.title}>
          {title}
        </h2>
        <p className={styles.message}>{errorMessage(error)}</p>
      </div>
      {onRetry ? (
        <button type="button" className={styles.retry} onClick={onRetry} disabled={retrying} aria-busy={retrying}>
          {t.errors.retry}
        </button>
      ) : null}
    </div>
  )
}
