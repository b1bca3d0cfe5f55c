import { t } from '@/lib/strings/strings'
import styles from './pager.module.css'

type Props = { page: number; pageSize: number; total: number; onPage: (page: number) => void }

/** Previous / next over the server's pages, with where we are in words. */
export function Pager({ page, pageSize, total, onPage }: Props) {
  const pages = Math.max(1, Math.ceil(total / pageSize))
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1
  const to = Math.min(total, page * pageSize)
  return (
    <nav className={styles.pager} aria-label={t.ledger.pages}>
      <p className={styles.range}>{t.ledger.range(from, to, total)}</p>
      <div className={styles.buttons}>
        <button type="button" onClick={() => onPage(page - 1)} disabled={page <= 1}>
          {t.ledger.previous}
        </button>
        <span aria-current="page">{t.ledger.pageOf(Math.min(page, pages), pages)}</span>
        <button type="button" onClick={() => onPage(page + 1)} disabled={page >= pages}>
          {t.ledger.next}
        </button>
      </div>
    </nav>
  )
}
