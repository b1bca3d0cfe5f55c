import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router-dom'
import { sessionKeys, sessionQuery } from '@/api/session'
import type { User } from '@/domain/model/user'
import { prefetchWall } from '@/features/wall/wall-prefetch'
import { AppLoading } from './app-loading'
import { PublicLayout } from './layout/public-layout'
import { ScreenLayout } from './layout/screen-layout'
import { SignedInLayout } from './layout/signed-in-layout'
import { NotFoundRoute } from './not-found-route'
import { RouteError } from './route-error'

// Every feature route is its own chunk: the wall's first load carries only the shell and the wall.
// Each child has its own errorElement so a failing page keeps the header and the nav around it.

const page = (route: RouteObject): RouteObject => ({ errorElement: <RouteError />, ...route })

/**
 * Fresh route objects per router: the router resolves lazy routes in place, so two routers must not share them.
 * Given the app's query client, loaders start the session check and the wall's figures while the route's
 * chunk is still loading (they only warm the cache and return nothing; the components read the cache).
 */
export const createRoutes = (queryClient?: QueryClient): RouteObject[] => [
  {
    id: 'root',
    HydrateFallback: AppLoading,
    errorElement: <RouteError />,
    children: [
      {
        Component: PublicLayout,
        children: [
          page({
            path: 'sign-in',
            lazy: { Component: async () => (await import('@/features/session/sign-in-route')).SignInRoute },
          }),
          page({
            path: 'public',
            lazy: {
              Component: async () => (await import('@/features/public-board/public-board-route')).PublicBoardRoute,
            },
          }),
          page({
            path: 'submit/:unitId',
            lazy: { Component: async () => (await import('@/features/submit/submit-route')).SubmitRoute },
          }),
          page({
            path: 'receipt',
            lazy: { Component: async () => (await import('@/features/submit/receipt-route')).ReceiptRoute },
          }),
          page({ path: '*', Component: NotFoundRoute }),
        ],
      },
      {
        Component: ScreenLayout,
        children: [
          page({
            path: 'screen',
            lazy: { Component: async () => (await import('@/features/wall/screen-route')).ScreenRoute },
          }),
        ],
      },
      {
        Component: SignedInLayout,
        ...(queryClient
          ? {
              loader: () => {
                void queryClient.prefetchQuery(sessionQuery())
                return null
              },
              // Not again when only the query string changes (a ledger filter, a page): a loader to run
              // makes the router draw the new address in a transition, after a render of its "loading"
              // state, even when the change asked to be drawn at once (`flushSync`).
              shouldRevalidate: ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
                currentUrl.pathname !== nextUrl.pathname && defaultShouldRevalidate,
            }
          : {}),
        children: [
          page({
            index: true,
            ...(queryClient
              ? {
                  loader: ({ request }) => {
                    // Not for someone who must first replace a one-time password: the server would refuse it all.
                    const user = queryClient.getQueryData<User | null>(sessionKeys.current())
                    if (!user?.mustChangePassword) prefetchWall(queryClient, new URL(request.url))
                    return null
                  },
                }
              : {}),
            lazy: { Component: async () => (await import('@/features/wall/wall-route')).WallRoute },
          }),
          page({
            path: 'items',
            lazy: { Component: async () => (await import('@/features/ledger/ledger-route')).LedgerRoute },
          }),
          page({
            path: 'items/new',
            lazy: { Component: async () => (await import('@/features/new-item/new-item-route')).NewItemRoute },
          }),
          page({
            path: 'items/:itemId',
            lazy: { Component: async () => (await import('@/features/item/item-route')).ItemRoute },
          }),
          page({
            path: 'supervision',
            lazy: {
              Component: async () => (await import('@/features/supervision/supervision-route')).SupervisionRoute,
            },
          }),
          page({
            path: 'my-unit',
            lazy: { Component: async () => (await import('@/features/my-unit/my-unit-route')).MyUnitRoute },
          }),
          page({
            path: 'my-unit/import',
            lazy: { Component: async () => (await import('@/features/my-unit/import/import-route')).ImportRoute },
          }),
          page({
            path: 'demands',
            lazy: { Component: async () => (await import('@/features/demands/demands-route')).DemandsRoute },
          }),
          page({
            path: 'admin/users',
            lazy: { Component: async () => (await import('@/features/admin/people-route')).PeopleRoute },
          }),
          page({
            path: 'admin/units',
            lazy: { Component: async () => (await import('@/features/admin/org-route')).OrgRoute },
          }),
          page({
            path: 'admin/users/import',
            lazy: {
              Component: async () => (await import('@/features/admin/roster-import-route')).RosterImportRoute,
            },
          }),
          page({
            path: 'admin/audit',
            lazy: { Component: async () => (await import('@/features/admin/audit-route')).AuditRoute },
          }),
          page({
            path: 'account/password',
            lazy: { Component: async () => (await import('@/features/account/password-route')).PasswordRoute },
          }),
          page({
            path: 'demands/poster',
            lazy: { Component: async () => (await import('@/features/demands/poster-route')).PosterRoute },
          }),
          page({
            path: 'report',
            lazy: { Component: async () => (await import('@/features/report/report-route')).ReportRoute },
          }),
        ],
      },
    ],
  },
]
