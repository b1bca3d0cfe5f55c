import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { Navigate, Outlet, useLocation } from 'react-router-dom'
import { onUnauthorized } from '@/api/http'
import { sessionKeys, sessionQuery } from '@/api/session'
import { ErrorState } from '@/components/error-state'
import { signInPath } from '@/lib/next-path'
import { AppLoading } from '../app-loading'
import { AppHeader } from './app-header'
import styles from './signed-in-layout.module.css'

/**
 * The frame of every signed-in page. Without a session (none yet, or it expired mid-visit) the person
 * goes to the sign-in page, which brings them back here afterwards.
 */
export function SignedInLayout() {
  const queryClient = useQueryClient()
  const session = useQuery(sessionQuery())
  const location = useLocation()

  useEffect(() => onUnauthorized(() => queryClient.setQueryData(sessionKeys.current(), null)), [queryClient])

  if (session.data === undefined) {
    if (!session.isError) return <AppLoading />
    return (
      <div className={styles.failed}>
        <ErrorState error={session.error} retrying={session.isFetching} onRetry={() => void session.refetch()} />
      </div>
    )
  }
  if (session.data === null) return <Navigate replace to={signInPath(location)} />

  return (
    <div className={styles.shell}>
      <AppHeader user={session.data} />
      <main id="main" className={styles.main} tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  )
}
