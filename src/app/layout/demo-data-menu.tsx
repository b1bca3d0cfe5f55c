import { lazy, Suspense } from 'react'
import { Disclosure } from '@/components/disclosure'
import { LoadingState } from '@/components/loading-state'
import type { User } from '@/domain/model/user'
import { t } from '@/lib/strings/strings'
import styles from './demo-data-menu.module.css'

const DemoDataPanel = lazy(async () => ({ default: (await import('./demo-data-panel')).DemoDataPanel }))

/**
 * The mock backend's controls, shown only when mocking is on. Re-seeding forgets the mock's sessions,
 * so the current user is signed in again afterwards and everything is fetched anew.
 */
export function DemoDataMenu({ user }: { user: User | null }) {
  return (
    <Disclosure button={t.mock.menu} buttonClassName={styles.button}>
      {() => (
        <Suspense fallback={<LoadingState compact />}>
          <DemoDataPanel user={user} />
        </Suspense>
      )}
    </Disclosure>
  )
}
