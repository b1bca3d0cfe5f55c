import { isRouteErrorResponse, useRouteError } from 'react-router-dom'
import { ErrorState } from '@/components/error-state'
import { t } from '@/lib/strings/strings'
import { NotFoundContent } from './not-found-route'
import styles from './route-error.module.css'

/** A page's script that did not arrive (the network, or a new version deployed meanwhile). */
const isChunkFailure = (error: unknown) =>
  error instanceof Error &&
  /dynamically imported module|Importing a module script failed|error loading dynamically|Failed to fetch/i.test(
    error.message,
  )

/**
 * Errors no view handled itself: a page chunk that failed to load, or a bug while rendering. A page's
 * error shows inside the signed-in frame (header, navigation, demo menu); it says which of the two it was.
 * Data errors never get here; each view shows them with 重试 in place.
 */
export function RouteError() {
  const error = useRouteError()
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundContent />
  return (
    <div className={styles.page}>
      <ErrorState
        error={error}
        title={isChunkFailure(error) ? t.errors.pageLoadFailed : t.errors.unexpected}
        onRetry={() => window.location.reload()}
      />
    </div>
  )
}
