import type { TestProject } from 'vitest/node'
import { startServer, type RunningServer } from '../../server/start'

// The contract suite's second backend: the real server on a free loopback port, with the embedded
// database in memory (a fresh campaign per run) and the test hook that re-seeds before each test.

declare module 'vitest' {
  export interface ProvidedContext {
    contractBaseUrl: string
  }
}

let server: RunningServer | undefined

export async function setup(project: TestProject) {
  server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir: null,
    seedWhenEmpty: true,
    seedSize: 'demo',
    demoSignIn: true,
    corsOrigins: ['http://localhost:5173'],
    secureCookies: false,
    testHooks: true,
    sessionDays: 1,
    // The suite tells its clients apart by X-Forwarded-For, as a proxy in front of the server would.
    trustProxy: true,
  })
  project.provide('contractBaseUrl', server.url)
}

export async function teardown() {
  await server?.close()
}
