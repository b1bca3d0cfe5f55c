import type { ItemStatus } from '@/domain/model/item'
import { t } from '@/lib/strings/strings'
import styles from './status-badge.module.css'

export function StatusBadge({ status }: { status: ItemStatus }) {
  return <span className={`${styles.badge} ${styles[status]}`}>{t.status[status]}</span>
}
