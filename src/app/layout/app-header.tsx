import { Link } from 'react-router-dom'
import { mockingEnabled } from '@/api/config'
import type { User } from '@/domain/model/user'
import { LiveMark } from '@/components/live-mark'
import { t } from '@/lib/strings/strings'
import styles from './app-header.module.css'
import { BrandMark } from './brand-mark'
import { CampaignHeading } from './campaign-heading'
import { DemoDataMenu } from './demo-data-menu'
import { MainNav } from './main-nav'
import { UserMenu } from './user-menu'

/** The app's header; `user` is null while the session cannot be checked (the demo menu stays in reach). */
export function AppHeader({ user }: { user: User | null }) {
  return (
    <header className={styles.header}>
      <a className={styles.skip} href="#main">
        {t.app.skipToContent}
      </a>
      <div className={styles.bar}>
        <Link to="/" className={styles.brand}>
          <BrandMark />
          <span className={styles.appName}>{t.app.name}</span>
        </Link>
        <div className={styles.campaign}>
          <CampaignHeading />
        </div>
        <div className={styles.tools}>
          {user ? <LiveMark className={styles.live} /> : null}
          {mockingEnabled ? <DemoDataMenu user={user} /> : null}
          {user ? <UserMenu user={user} /> : null}
        </div>
      </div>
      <MainNav user={user} />
    </header>
  )
}
