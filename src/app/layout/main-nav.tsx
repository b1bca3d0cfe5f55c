import { useId, useState } from 'react'
import { NavLink } from 'react-router-dom'
import type { User } from '@/domain/model/user'
import { t } from '@/lib/strings/strings'
import styles from './main-nav.module.css'
import { navItemsFor } from './nav-items'

/** The main navigation; below 900px it folds behind a menu button. */
export function MainNav({ user }: { user: User | null }) {
  const [open, setOpen] = useState(false)
  const listId = useId()
  return (
    <nav className={styles.nav} aria-label={t.nav.label}>
      <button
        type="button"
        className={styles.toggle}
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((value) => !value)}
      >
        <span className={styles.burger} aria-hidden="true" />
        {t.nav.menu}
      </button>
      <ul id={listId} className={styles.list} data-open={open}>
        {navItemsFor(user).map((item) => (
          <li key={item.to}>
            <NavLink
              to={item.to}
              end={item.end ?? false}
              className={({ isActive }) => (isActive ? `${styles.link} ${styles.active}` : styles.link)}
              onClick={() => setOpen(false)}
            >
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}
