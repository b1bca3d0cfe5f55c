import type { QueueReason } from '@/domain/model/supervision'
import { t } from '@/lib/strings/strings'
import styles from './queue-table.module.css'

export function ReasonBadges({ reasons }: { reasons: readonly QueueReason[] }) {
  return (
    <ul className={styles.reasons}>
      {reasons.map((reason) => (
        <li key={reason} className={`${styles.reason} ${styles[reason]}`}>
          {t.supervision.reason[reason]}
        </li>
      ))}
    </ul>
  )
}
