import type { QueueReason } from '@/domain/model/supervision'
import { tp } from '@/lib/strings/page-strings'
import styles from './queue-table.module.css'

export function ReasonBadges({ reasons }: { reasons: readonly QueueReason[] }) {
  return (
    <ul className={styles.reasons}>
      {reasons.map((reason) => (
        <li key={reason} className={`${styles.reason} ${styles[reason]}`}>
          {tp.supervision.reason[reason]}
        </li>
      ))}
    </ul>
  )
}
