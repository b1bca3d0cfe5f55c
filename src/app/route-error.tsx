import { isRouteErrorResponse, useRouteError } from 'react-router-dom'
import { ErrorState } from '@/components/error-state'
import { t } from '@/lib/strings/strings'
import { NotFoundContent } from './not-found-route'
import styles from './route-error.module.css'

/**
 * Errors no view handled itself: a page chunk that failed to load, or a bug while rendering.
 * Data errors never get here; each view shows them with 重试 in place.
 */
export function RouteError() {
  const error = useRouteError()
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundContent />
  return (
    <div className={styles.page}>
      <ErrorState error={error} title={t.errors.unexpected} onRetry={() => window.location.reload()} />
    </div>
  )
}
