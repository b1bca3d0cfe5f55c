import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, type RouteObject } from 'react-router-dom'
import { signIn } from '@/api/session'
import { tokenStore } from '@/api/token-store'
import { AppProviders } from '@/app/providers'
import { createRoutes } from '@/app/routes'
import { createQueryClient } from '@/lib/query-client'

// Vite transforms a lazy route's modules on first import, which can take longer than a findBy's
// one-second wait on a busy machine. Importing them once per test file keeps that cost out of the tests.
let routesLoaded: Promise<unknown> | undefined
function loadLazyRoutes(routes: readonly RouteObject[]): Promise<unknown> {
  return Promise.all(
    routes.flatMap((route) => [
      ...(route.lazy && typeof route.lazy === 'object'
        ? Object.values(route.lazy).map((load: () => Promise<unknown>) => load())
        : []),
      loadLazyRoutes(route.children ?? []),
    ]),
  )
}

type Options = {
  /** A demo user id to sign in as before rendering (through the client, against the mock). */
  as?: string
}

/**
 * The real providers and routes at a URL, over a memory history, with a fresh query client:
 * no retries (a failure shows at once) and no garbage collection mid-test.
 * Every render starts signed out unless `as` names a user.
 */
export async function renderApp(url = '/', { as }: Options = {}) {
  await (routesLoaded ??= loadLazyRoutes(createRoutes()))
  tokenStore.clear()
  if (as) await signIn({ userId: as })
  const queryClient = createQueryClient({ queries: { retry: false, gcTime: Infinity } })
  // The routes as the app builds them, loaders included (they warm this query client).
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [url] })
  const user = userEvent.setup()
  const view = render(<AppProviders queryClient={queryClient} router={router} />)
  const location = () => `${router.state.location.pathname}${router.state.location.search}`
  return { ...view, user, router, queryClient, location }
}
