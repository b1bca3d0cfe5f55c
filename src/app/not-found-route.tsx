import { Link } from 'react-router-dom'
import { t } from '@/lib/strings/strings'
import styles from './not-found-route.module.css'

export function NotFoundContent() {
  return (
    <section className={styles.page} aria-labelledby="not-found-title">
      <p className={styles.code} aria-hidden="true">
        404
      </p>
      <h1 id="not-found-title" className={styles.title}>
        {t.errors.notFoundTitle}
      </h1>
      <p className={styles.text}>{t.errors.notFoundText}</p>
      <Link className={styles.home} to="/">
        {t.errors.backHome}
      </Link>
    </section>
  )
}

export function NotFoundRoute() {
  return <NotFoundContent />
}
