import { t } from '@/lib/strings/strings'
import styles from './stale-mark.module.css'

type Props = {
  /** Shown data is from an earlier fetch because the latest one failed. */
  stale: boolean
  /** A background refresh is under way. */
  refreshing?: boolean
}

/** A quiet mark beside data that may be out of date; renders nothing when all is well. */
export function StaleMark({ stale, refreshing = false }: Props) {
  if (stale) {
    return (
      <span className={`${styles.mark} ${styles.stale}`} title={t.states.staleHint}>
        <span aria-hidden="true">⚠ </span>
        {t.states.stale}
        <span className="visually-hidden">{t.states.staleHint}</span>
      </span>
    )
  }
  if (refreshing) {
    return (
      <span className={styles.mark} role="status">
        {t.states.refreshing}
      </span>
    )
  }
  return null
}
