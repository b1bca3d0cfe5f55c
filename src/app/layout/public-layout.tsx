import { Link, NavLink, Outlet } from 'react-router-dom'
import { t } from '@/lib/strings/strings'
import { useScrollToTopOnNewPage } from '@/lib/use-scroll-to-top'
import { BrandMark } from './brand-mark'
import styles from './public-layout.module.css'

/** The frame of the pages open to everyone: sign-in, the public board, the QR form, 404. */
export function PublicLayout() {
  useScrollToTopOnNewPage()
  return (
    <div className={styles.shell}>
      <header className={styles.header}>
        <a className={styles.skip} href="#main">
          {t.app.skipToContent}
        </a>
        <div className={styles.bar}>
          <Link to="/public" className={styles.brand}>
            <BrandMark />
            <span className={styles.appName}>{t.app.name}</span>
          </Link>
          <nav aria-label={t.nav.label}>
            <ul className={styles.links}>
              <li>
                <NavLink to="/public" className={styles.link}>
                  {t.nav.publicBoard}
                </NavLink>
              </li>
              <li>
                <NavLink to="/sign-in" className={styles.link}>
                  {t.publicBoard.signInLink}
                </NavLink>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className={styles.main} tabIndex={-1}>
        <Outlet />
      </main>
      <footer className={styles.footer}>
        <p>{t.app.tagline}</p>
      </footer>
    </div>
  )
}
