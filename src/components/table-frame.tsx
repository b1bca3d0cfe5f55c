import type { ReactNode } from 'react'
import styles from './table-frame.module.css'

type Props = { caption: string; children: ReactNode; captionHidden?: boolean }

/** A data table that scrolls sideways on narrow screens; the scroller is focusable for keyboard users. */
export function TableFrame({ caption, children, captionHidden = false }: Props) {
  return (
    <div className={styles.scroller} role="region" aria-label={caption} tabIndex={0}>
      <table className={styles.table}>
        <caption className={captionHidden ? 'visually-hidden' : styles.caption}>{caption}</caption>
        {children}
      </table>
    </div>
  )
}
