import { Hono } from 'hono'
import type { Backend } from '../context'

/**
 * Only on a server started for the contract suite (testHooks): the suite starts every test from the
 * untouched campaign, as it does on the mock. Never mounted otherwise, and refused in production.
 */
export function testHookRoutes(backend: Backend) {
  const app = new Hono()
  app.post('/__test/reset', async (c) => {
    await backend.reseed()
    return c.json({ ok: true }, 201)
  })
  return app
}
