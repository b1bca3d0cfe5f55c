import { isRetryable } from '@/api/errors'
import { t } from '@/lib/strings/strings'
import { ErrorState } from './error-state'
import { LoadingState } from './loading-state'

/** The parts of a React Query result this needs; any useQuery result fits. */
export type QueryLike = {
  isError: boolean
  isFetching: boolean
  error: unknown
  refetch: () => Promise<unknown>
}

type Props = { queries: readonly QueryLike[]; loadingLabel?: string }

/**
 * What to show while some query behind a view has no data: its error with 重试 (refetching every
 * failed query) when asking again may help, or the loading state.
 */
export function QueryFallback({ queries, loadingLabel }: Props) {
  const failed = queries.filter((query) => query.isError)
  const [first] = failed
  if (first) {
    return (
      <ErrorState
        error={first.error}
        title={t.errors.loadFailed}
        retrying={failed.some((query) => query.isFetching)}
        onRetry={
          failed.some((query) => isRetryable(query.error))
            ? () => {
                for (const query of failed) void query.refetch()
              }
            : undefined
        }
      />
    )
  }
  return <LoadingState {...(loadingLabel ? { label: loadingLabel } : {})} />
}
