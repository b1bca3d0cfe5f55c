import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { flushSync } from 'react-dom'
import { RouterProvider, type createBrowserRouter } from 'react-router'

export type AppRouter = ReturnType<typeof createBrowserRouter>

const drawAtOnce = (update: () => unknown): undefined => {
  flushSync(update)
}

type Props = { queryClient: QueryClient; router: AppRouter }

/** Everything the routes need. The app passes a browser router; tests pass a memory router and their own client. */
export function AppProviders({ queryClient, router }: Props) {
  return (
    <QueryClientProvider client={queryClient}>
      {/* As `react-router/dom` wires it: a navigation can ask to be drawn at once (`flushSync`, the ledger's filters). */}
      <RouterProvider router={router} flushSync={drawAtOnce} />
    </QueryClientProvider>
  )
}
