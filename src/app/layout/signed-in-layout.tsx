import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { Navigate, Outlet, useLocation } from 'react-router-dom'
import { onUnauthorized } from '@/api/http'
import { useLiveConnection } from '@/api/live/use-live'
import { sessionKeys, sessionQuery } from '@/api/session'
import { ErrorState } from '@/components/error-state'
import { signInPath } from '@/lib/next-path'
import { t } from '@/lib/strings/strings'
import { useScrollToTopOnNewPage } from '@/lib/use-scroll-to-top'
import { AppLoading } from '../app-loading'
import { AppHeader } from './app-header'
import styles from './signed-in-layout.module.css'

const passwordPath = '/account/password'

/**
 * The frame of every signed-in page. Without a session (none yet, or it expired mid-visit) the person
 * goes to the sign-in page, which brings them back here afterwards.
 */
export function SignedInLayout() {
  const queryClient = useQueryClient()
  const session = useQuery(sessionQuery())
  const location = useLocation()
  useScrollToTopOnNewPage()
  useLiveConnection(Boolean(session.data))

  useEffect(() => onUnauthorized(() => queryClient.setQueryData(sessionKeys.current(), null)), [queryClient])

  if (session.data === undefined) {
    if (!session.isError) return <AppLoading />
    // The session could not be checked (the server or the network failed): the header, the pages open to
    // every role and the demo menu (where injected faults are switched off) stay, with what failed and 重试.
    return (
      <div className={styles.shell}>
        <AppHeader user={null} />
        <main id="main" className={styles.main} tabIndex={-1}>
          <ErrorState
            error={session.error}
            title={t.app.sessionFailed}
            retrying={session.isFetching}
            onRetry={() => void session.refetch()}
          />
        </main>
      </div>
    )
  }
  if (session.data === null) return <Navigate replace to={signInPath(location)} />
  // A one-time password (new account, reset) is replaced before anything else: the backend refuses the rest.
  if (session.data.mustChangePassword && location.pathname !== passwordPath)
    return <Navigate replace to={passwordPath} />

  return (
    <div className={styles.shell}>
      <AppHeader user={session.data} />
      <main id="main" className={styles.main} tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  )
}
