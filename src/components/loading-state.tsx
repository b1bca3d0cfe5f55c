import { t } from '@/lib/strings/strings'
import styles from './loading-state.module.css'

type Props = { label?: string; compact?: boolean }

/** A region waiting for data: announced politely, marked busy. */
export function LoadingState({ label = t.states.loading, compact = false }: Props) {
  return (
    <div
      className={compact ? `${styles.loading} ${styles.compact}` : styles.loading}
      role="status"
      aria-busy="true"
      aria-live="polite"
    >
      <span className={styles.spinner} aria-hidden="true" />
      <span>{label}</span>
    </div>
  )
}
