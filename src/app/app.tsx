import { useState } from 'react'
import { createBrowserRouter } from 'react-router-dom'
import { createQueryClient } from '@/lib/query-client'
import { AppProviders } from './providers'
import { createRoutes } from './routes'

/** The app in the browser: its own query client and a browser-history router over the shared routes. */
export function App() {
  const [queryClient] = useState(() => createQueryClient())
  const [router] = useState(() => createBrowserRouter(createRoutes(queryClient)))
  return <AppProviders queryClient={queryClient} router={router} />
}
