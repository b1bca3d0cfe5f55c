import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useNavigate } from 'react-router-dom'
import { sessionKeys, signOut } from '@/api/session'

/** Signs out, leaves for the sign-in page, then forgets everything fetched while signed in. */
export function useSignOut() {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  return useMutation({
    mutationFn: signOut,
    onSettled: async () => {
      await navigate('/sign-in')
      queryClient.setQueryData(sessionKeys.current(), null)
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKeys.all[0] })
    },
  })
}
