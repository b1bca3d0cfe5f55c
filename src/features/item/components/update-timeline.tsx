import { EmptyState } from '@/components/empty-state'
import type { Update } from '@/domain/model/update'
import { formatDate, formatInstant } from '@/lib/format'
import { tp } from '@/lib/strings/page-strings'
import { t } from '@/lib/strings/strings'
import styles from './update-timeline.module.css'

/** What the update says beyond its note: the new progress, the status change, the reply-by date… */
function details(update: Update): string | null {
  const status =
    update.fromStatus && update.toStatus
      ? tp.item.statusChange(t.status[update.fromStatus], t.status[update.toStatus])
      : null
  if (update.kind === 'progress' && update.progress !== undefined)
    return status ? `${tp.item.progressTo(update.progress)}；${status}` : tp.item.progressTo(update.progress)
  if (status) return status
  if (update.replyBy) return tp.item.replyBy(formatDate(update.replyBy))
  if (update.visitedOn) return tp.item.visitedOn(formatDate(update.visitedOn))
  if (update.surveyed !== undefined) {
    const result = tp.item.satisfaction(update.satisfied ?? 0, update.surveyed)
    return update.method ? `${result}；${tp.item.method(tp.satisfactionMethod[update.method])}` : result
  }
  return null
}

/** The item's history, newest first. Updates are append-only, so this is the whole record. */
export function UpdateTimeline({ updates }: { updates: readonly Update[] }) {
  if (updates.length === 0) return <EmptyState title={tp.item.timelineEmpty} />
  const newestFirst = [...updates].reverse()
  return (
    <ol className={styles.timeline}>
      {newestFirst.map((update) => {
        const detail = details(update)
        return (
          <li key={update.id} className={`${styles.entry} ${styles[update.kind]}`}>
            <div className={styles.meta}>
              <span className={styles.kind}>{tp.updateKind[update.kind]}</span>
              <time dateTime={update.at}>{formatInstant(update.at)}</time>
              <span>
                {update.authorName}（{t.role[update.authorRole]}）
              </span>
            </div>
            {detail ? <p className={styles.detail}>{detail}</p> : null}
            {update.note ? <p className={styles.note}>{update.note}</p> : null}
          </li>
        )
      })}
    </ol>
  )
}
