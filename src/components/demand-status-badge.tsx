import type { ReactNode } from 'react'
import type { DemandStatus } from '@/domain/model/demand'
import { t } from '@/lib/strings/strings'
import styles from './demand-status-badge.module.css'

type Props = {
  status: DemandStatus
  /** `large`: the answer a worker looks up by receipt number. */
  size?: 'normal' | 'large'
  /** What to say instead of the status's short name (the receipt page speaks to the worker). */
  children?: ReactNode
  as?: 'span' | 'p'
}

/** A demand's status, coloured the same wherever it is shown. */
export function DemandStatusBadge({ status, size = 'normal', children, as: Tag = 'span' }: Props) {
  return (
    <Tag className={`${styles.status} ${size === 'large' ? styles.large : ''} ${styles[status]}`}>
      {children ?? t.demandStatus[status]}
    </Tag>
  )
}
