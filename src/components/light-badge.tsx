import type { Light } from '@/domain/model/item'
import { t } from '@/lib/strings/strings'
import styles from './light-badge.module.css'

/** The traffic light as colour and word together: never colour alone. */
export function LightBadge({ light }: { light: Light }) {
  return (
    <span className={`${styles.badge} ${styles[light]}`}>
      <span className={styles.dot} aria-hidden="true" />
      {t.light[light]}
    </span>
  )
}
