import type { ReactNode } from 'react'
import { t } from '@/lib/strings/strings'
import styles from './empty-state.module.css'

type Props = { title?: string; children?: ReactNode }

/** Nothing to show yet, said plainly, with what the person can do about it. */
export function EmptyState({ title = t.states.empty, children }: Props) {
  return (
    <div className={styles.empty}>
      <p className={styles.title}>{title}</p>
      {children ? <div className={styles.body}>{children}</div> : null}
    </div>
  )
}
