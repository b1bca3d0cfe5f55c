import type { QueryClient } from '@tanstack/react-query'
import { campaignQuery } from '@/api/campaign'
import { summaryQuery } from '@/api/stats'
import { tokenStore } from '@/api/token-store'
import { asOfFrom } from './as-of-param'

/**
 * Starts the requests behind the wall's figures as soon as the router knows it is going to the wall
 * (its route loader), alongside the session check and the wall's own chunk, instead of after both:
 * otherwise the figures wait for entry script → route chunk → session → summary, one after another.
 * Only what the figures need (the unit names and the rest follow with the page; index.html's early requests
 * also start the unit names, left unread until asked for): each answer is parsed on the main thread, ahead
 * of the figures' paint. Signed out, nothing is asked (the layout sends the person
 * to sign in). Small on purpose: it is part of the app's first script.
 */
export function prefetchWall(queryClient: QueryClient, url: URL): void {
  if (!tokenStore.get()) return
  const asOf = asOfFrom(url.searchParams)
  void queryClient.prefetchQuery(campaignQuery())
  void queryClient.prefetchQuery(summaryQuery(asOf))
}
