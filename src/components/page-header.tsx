import type { ReactNode } from 'react'
import styles from './page-header.module.css'

type Props = {
  title: string
  description?: ReactNode
  /** Buttons or links at the right; marks such as StaleMark go beside the title. */
  actions?: ReactNode
  marks?: ReactNode
}

/** The page's one h1 and what the page is for. */
export function PageHeader({ title, description, actions, marks }: Props) {
  return (
    <div className={styles.header}>
      <div className={styles.text}>
        <div className={styles.titleRow}>
          <h1 className={styles.title}>{title}</h1>
          {marks}
        </div>
        {description ? <p className={styles.description}>{description}</p> : null}
      </div>
      {actions ? <div className={styles.actions}>{actions}</div> : null}
    </div>
  )
}
