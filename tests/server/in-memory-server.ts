import type { StartOptions } from '../../server/start'

/** A server for tests: any free port, the demo campaign in an in-memory database, demo sign-in on. */
export const inMemoryServerOptions = (overrides: Partial<StartOptions> = {}): StartOptions => ({
  port: 0,
  host: '127.0.0.1',
  dataDir: null,
  seedWhenEmpty: true,
  seedSize: 'demo',
  demoSignIn: true,
  corsOrigins: [],
  secureCookies: false,
  testHooks: false,
  sessionDays: 1,
  trustProxy: 0,
  ...overrides,
})
