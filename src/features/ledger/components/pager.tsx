import { tp } from '@/lib/strings/page-strings'
import styles from './pager.module.css'

type Props = { page: number; pageSize: number; total: number; onPage: (page: number) => void }

/** Previous / next over the server's pages, with where we are in words. */
export function Pager({ page, pageSize, total, onPage }: Props) {
  const pages = Math.max(1, Math.ceil(total / pageSize))
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1
  const to = Math.min(total, page * pageSize)
  return (
    <nav className={styles.pager} aria-label={tp.ledger.pages}>
      <p className={styles.range}>{tp.ledger.range(from, to, total)}</p>
      <div className={styles.buttons}>
        <button type="button" onClick={() => onPage(page - 1)} disabled={page <= 1}>
          {tp.ledger.previous}
        </button>
        <span aria-current="page">{tp.ledger.pageOf(Math.min(page, pages), pages)}</span>
        <button type="button" onClick={() => onPage(page + 1)} disabled={page >= pages}>
          {tp.ledger.next}
        </button>
      </div>
    </nav>
  )
}
