import styles from './planned-note.module.css'

/** A short line on what this page will offer next; the page around it already shows real data. */
export function PlannedNote({ children }: { children: string }) {
  return (
    <p className={styles.note}>
      <span className={styles.icon} aria-hidden="true">
        i
      </span>
      {children}
    </p>
  )
}
