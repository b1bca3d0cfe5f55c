import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { sessionKeys, signIn } from '@/api/session'
import type { Session } from '@/domain/model/user'

/** After the user changes, nothing fetched for the previous one is shown again. */
export function adoptSession(queryClient: QueryClient, session: Session): void {
  queryClient.setQueryData(sessionKeys.current(), session.user)
  void queryClient.resetQueries({ predicate: (query) => query.queryKey[0] !== sessionKeys.all[0] })
}

export function useSignIn() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: signIn,
    onSuccess: (session) => adoptSession(queryClient, session),
  })
}
