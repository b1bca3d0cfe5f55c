import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { RouterProvider, type createBrowserRouter } from 'react-router-dom'

export type AppRouter = ReturnType<typeof createBrowserRouter>

type Props = { queryClient: QueryClient; router: AppRouter }

/**
 * Everything the routes need. The app passes a browser router; tests pass a memory router and their own client.
 * react-router-dom's RouterProvider wires react-dom's flushSync, so a navigation can ask to be drawn at once.
 */
export function AppProviders({ queryClient, router }: Props) {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  )
}
