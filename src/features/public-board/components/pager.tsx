import { Link } from 'react-router-dom'
import { t } from '@/lib/strings/strings'
import styles from './pager.module.css'

type Props = { page: number; pages: number; hrefFor: (page: number) => string }

/** Previous / next page links: plain links, so a page can be opened, shared and read back. */
export function Pager({ page, pages, hrefFor }: Props) {
  if (pages <= 1) return null
  return (
    <nav className={styles.pager} aria-label={t.publicBoard.pager}>
      {page > 1 ? (
        <Link to={hrefFor(page - 1)} className={styles.link}>
          {t.publicBoard.previous}
        </Link>
      ) : (
        <span className={styles.placeholder} />
      )}
      <span aria-current="page">{t.publicBoard.page(page, pages)}</span>
      {page < pages ? (
        <Link to={hrefFor(page + 1)} className={styles.link}>
          {t.publicBoard.next}
        </Link>
      ) : (
        <span className={styles.placeholder} />
      )}
    </nav>
  )
}
