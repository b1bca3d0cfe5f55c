import { useLayoutEffect } from 'react'
import { useLocation, useNavigationType } from 'react-router-dom'

/**
 * A page reached by a link or a redirect opens at its top, as a web page does: without this, the ledger
 * opened from a figure low on the wall kept the wall's scroll position (its foot). Back and forward keep
 * where the browser put them, and a change of the query string alone (a filter, a page, the as-of date)
 * does not move the window.
 */
export function useScrollToTopOnNewPage(): void {
  const { pathname } = useLocation()
  const type = useNavigationType()
  useLayoutEffect(() => {
    if (type !== 'POP') window.scrollTo(0, 0)
    // Only a new path counts; the navigation type is read for that one.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pathname])
}
