import { useId } from 'react'
import { Link } from 'react-router-dom'
import type { Light } from '@/domain/model/item'
import { formatNumber } from '@/lib/format'
import { t } from '@/lib/strings/strings'
import styles from './figure.module.css'

type Props = {
  label: string
  value: number
  tone?: 'alert' | undefined
  light?: Exclude<Light, 'none'>
  big?: boolean
  unit?: string
  /** The ledger filtered to exactly the items counted. */
  to?: string
}

/** A labelled count inside a <dl>; the count is named by its label, and links to the items it counts. */
export function Figure({ label, value, tone, light, big = false, unit, to }: Props) {
  const labelId = useId()
  const classes = [styles.figure, light ? styles[light] : '', big ? styles.big : ''].filter(Boolean).join(' ')
  const shown = (
    <>
      {formatNumber(value)}
      {unit ? <span className={styles.unit}> {unit}</span> : null}
    </>
  )
  return (
    <div className={classes}>
      <dt id={labelId} className={styles.label}>
        {light ? <span className={styles.dot} aria-hidden="true" /> : null}
        {label}
      </dt>
      <dd aria-labelledby={labelId} className={tone === 'alert' ? `${styles.value} ${styles.alert}` : styles.value}>
        {to ? (
          <Link className={styles.link} to={to} aria-label={t.wall.figureLink(label, formatNumber(value))}>
            {shown}
          </Link>
        ) : (
          shown
        )}
      </dd>
    </div>
  )
}
