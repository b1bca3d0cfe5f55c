import { useQuery } from '@tanstack/react-query'
import { Navigate, Outlet, useLocation } from 'react-router-dom'
import { useLiveConnection } from '@/api/live/use-live'
import { sessionQuery } from '@/api/session'
import { ErrorState } from '@/components/error-state'
import { signInPath } from '@/lib/next-path'
import { AppLoading } from '../app-loading'

/** The meeting-room screen: a session like every signed-in page, but no header, nav or menus. */
export function ScreenLayout() {
  const session = useQuery(sessionQuery())
  const location = useLocation()
  useLiveConnection(Boolean(session.data))
  if (session.data === undefined) {
    if (!session.isError) return <AppLoading />
    return <ErrorState error={session.error} retrying={session.isFetching} onRetry={() => void session.refetch()} />
  }
  if (session.data === null) return <Navigate replace to={signInPath(location)} />
  return <Outlet />
}
