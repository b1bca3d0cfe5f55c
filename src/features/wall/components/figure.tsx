import { useId } from 'react'
import type { Light } from '@/domain/model/item'
import { formatNumber } from '@/lib/format'
import styles from './figure.module.css'

type Props = { label: string; value: number; tone?: 'alert' | undefined; light?: Exclude<Light, 'none'>; big?: boolean; unit?: string }

/** A labelled count inside a <dl>; the count is named by its label for assistive technology. */
export function Figure({ label, value, tone, light, big = false, unit }: Props) {
  const labelId = useId()
  const classes = [styles.figure, light ? styles[light] : '', big ? styles.big : ''].filter(Boolean).join(' ')
  return (
    <div className={classes}>
      <dt id={labelId} className={styles.label}>
        {light ? <span className={styles.dot} aria-hidden="true" /> : null}
        {label}
      </dt>
      <dd aria-labelledby={labelId} className={tone === 'alert' ? `${styles.value} ${styles.alert}` : styles.value}>
        {formatNumber(value)}
        {unit ? <span className={styles.unit}> {unit}</span> : null}
      </dd>
    </div>
  )
}
