import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { RouterProvider, type createBrowserRouter } from 'react-router'

export type AppRouter = ReturnType<typeof createBrowserRouter>

type Props = { queryClient: QueryClient; router: AppRouter }

/** Everything the routes need. The app passes a browser router; tests pass a memory router and their own client. */
export function AppProviders({ queryClient, router }: Props) {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  )
}
