import { inject } from 'vitest'

// Which backend the browser suite runs against: the msw mock in the browser (default) or the real
// server (`E2E_BACKEND=server`, `npm run test:e2e:server`).

export const onServer = process.env.E2E_BACKEND === 'server'

/**
 * This worker's app. Against the server each vitest worker has its own server and preview (global
 * setup), so the reset before each test never pulls the data from under the other worker's journey.
 */
export function target(): { baseUrl: string; apiUrl: string | null } {
  const servers = inject('e2eServers')
  if (servers.length === 0) return { baseUrl: inject('baseUrl'), apiUrl: null }
  const pool = Number(process.env.VITEST_POOL_ID ?? '1')
  const server = servers[(pool - 1) % servers.length]
  if (!server) throw new Error('no server for this worker')
  return server
}

/** Against the server: restores the seeded campaign (every journey starts from the demo data). */
export async function resetServer(): Promise<void> {
  const { apiUrl } = target()
  if (!apiUrl) return
  const reply = await fetch(`${apiUrl}/__test/reset`, { method: 'POST' })
  if (reply.status !== 201) throw new Error(`the server's reset answered ${reply.status}`)
}
