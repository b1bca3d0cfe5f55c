import { http } from 'msw'
import { server } from '../mocks/node'

type Held = { method?: 'get' | 'post'; path: string; when?: (url: URL) => boolean }

/**
 * Holds the requests to these API paths (all of them, or those `when` picks) until the test calls
 * `release()`, then lets each through to the mock backend (the resolver returns nothing): a slow network
 * without a timer. `asked` lists the URLs held, in order.
 */
export function holdRequests(...holds: readonly (string | Held)[]): { release: () => void; asked: URL[] } {
  let release = () => {}
  const held = new Promise<void>((resolve) => {
    release = resolve
  })
  const asked: URL[] = []
  server.use(
    ...holds.map((hold) => {
      const { method = 'get', path, when } = typeof hold === 'string' ? { path: hold } : hold
      return http[method](`*/api${path}`, async ({ request }) => {
        const url = new URL(request.url)
        if (when && !when(url)) return
        asked.push(url)
        await held
      })
    }),
  )
  return { release, asked }
}
