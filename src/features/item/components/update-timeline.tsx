import { EmptyState } from '@/components/empty-state'
import type { Update } from '@/domain/model/update'
import { formatInstant } from '@/lib/format'
import { tp } from '@/lib/strings/page-strings'
import { t } from '@/lib/strings/strings'
import { entryText, type TrailNames } from './trail-text'
import styles from './update-timeline.module.css'

type Props = { updates: readonly Update[]; names: TrailNames }

/**
 * The item's trail, newest first: who did what and when, each field changed (旧值 → 新值) with the
 * reason given. Entries are append-only, so this is the whole record.
 */
export function UpdateTimeline({ updates, names }: Props) {
  if (updates.length === 0) return <EmptyState title={tp.item.timelineEmpty} />
  const newestFirst = [...updates].reverse()
  return (
    <ol className={styles.timeline}>
      {newestFirst.map((update) => {
        const { lines, changes, note } = entryText(update, names)
        const sentBack = update.kind === 'satisfaction' && update.toStatus === 'in_progress'
        return (
          <li key={update.id} className={`${styles.entry} ${styles[update.kind]}`}>
            <div className={styles.meta}>
              <span className={styles.kind}>{tp.updateKind[update.kind]}</span>
              <time dateTime={update.at}>{formatInstant(update.at)}</time>
              <span>
                {update.authorName}（{t.role[update.authorRole]}）
              </span>
            </div>
            {lines.length > 0 ? (
              <p className={sentBack ? `${styles.detail} ${styles.warning}` : styles.detail}>{lines.join('；')}</p>
            ) : null}
            {changes.length > 0 ? (
              <ul className={styles.changes} aria-label={tp.trail.changes}>
                {changes.map((change, index) => (
                  <li key={index}>{change}</li>
                ))}
              </ul>
            ) : null}
            {note ? <p className={styles.note}>{note}</p> : null}
          </li>
        )
      })}
    </ol>
  )
}
