import { Hono } from 'hono'
import type { Env } from '../context'

/**
 * Only on a server started for the contract suite (testHooks): the suite starts every test from the
 * untouched campaign, as it does on the mock. Never mounted otherwise, and refused in production.
 */
export function testHookRoutes() {
  const app = new Hono<Env>()
  app.post('/__test/reset', async (c) => {
    await c.get('backend').reseed()
    return c.json({ ok: true }, 201)
  })
  return app
}
