import { useId } from 'react'
import { queueReasons, type QueueReason } from '@/domain/model/supervision'
import { tp } from '@/lib/strings/page-strings'
import styles from './reason-filter.module.css'

type Props = {
  counts: Record<QueueReason, number> | undefined
  total: number | undefined
  value: QueueReason | undefined
  onChange: (reason: QueueReason | undefined) => void
}

/** The queue by reason, each with how many items carry it; pressed shows the one applied. */
export function ReasonFilter({ counts, total, value, onChange }: Props) {
  const labelId = useId()
  return (
    <div className={styles.filter} role="group" aria-labelledby={labelId}>
      <span id={labelId} className={styles.label}>
        {tp.supervision.reasonFilter}
      </span>
      <button
        type="button"
        className={styles.chip}
        aria-pressed={value === undefined}
        onClick={() => onChange(undefined)}
      >
        {tp.supervision.allReasons(total ?? 0)}
      </button>
      {queueReasons.map((reason) => (
        <button
          key={reason}
          type="button"
          className={`${styles.chip} ${styles[reason]}`}
          aria-pressed={value === reason}
          onClick={() => onChange(reason)}
        >
          {tp.supervision.reasonCount(tp.supervision.reason[reason], counts?.[reason] ?? 0)}
        </button>
      ))}
    </div>
  )
}
