import styles from './progress-bar.module.css'

type Props = {
  value: number
  max?: number
  /** The accessible name, e.g. 已完成. Use `labelledBy` when a visible label already exists. */
  label?: string
  labelledBy?: string
  /** Read out instead of a bare number, e.g. "231 / 471". */
  valueText?: string
  tone?: 'done' | 'key'
  size?: 'sm' | 'md'
}

export function ProgressBar({ value, max = 100, label, labelledBy, valueText, tone = 'done', size = 'md' }: Props) {
  const share = max > 0 ? Math.min(1, Math.max(0, value / max)) : 0
  return (
    <div
      className={`${styles.track} ${styles[size]}`}
      role="progressbar"
      aria-label={labelledBy ? undefined : label}
      aria-labelledby={labelledBy}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
      aria-valuetext={valueText}
    >
      <div className={`${styles.fill} ${styles[tone]}`} style={{ width: `${share * 100}%` }} />
    </div>
  )
}
