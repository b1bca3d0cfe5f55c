import { http } from 'msw'
import type { MockBackend } from '../backend'
import { notFound } from '../http/failure'
import { api } from '../http/paths'
import { route } from '../http/route'

/** Anything else under /api: the contract's 404, not a fall-through to the network. */
export function notFoundHandlers(getBackend: () => MockBackend) {
  return [
    http.all(
      api('/*'),
      route(getBackend, () => {
        throw notFound('接口')
      }),
    ),
  ]
}
