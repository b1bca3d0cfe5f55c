import { useLiveState } from '@/api/live/use-live'
import { tl } from '@/lib/strings/zh-cn-live'
import styles from './live-mark.module.css'

/**
 * A quiet word on the live channel: 刚刚更新 for a few seconds after a change arrived, the reconnecting
 * notice while the stream is down, nothing otherwise. The live region is always there so that its words are
 * read; it is a status only while it says something (a page's own status messages stay the only ones).
 */
export function LiveMark({ className = '' }: { className?: string }) {
  const { status, recent } = useLiveState()
  const offline = status === 'offline'
  const text = offline ? tl.offline : recent && status === 'live' ? tl.updated : ''
  return (
    <span
      role={text ? 'status' : undefined}
      aria-live="polite"
      className={`${styles.mark} ${offline ? styles.offline : ''} ${className}`}
    >
      {text}
    </span>
  )
}
