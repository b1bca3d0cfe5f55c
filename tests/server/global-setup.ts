import type { TestProject } from 'vitest/node'
import { startServer, type RunningServer } from '../../server/start'
import { inMemoryServerOptions } from './in-memory-server'

// The contract suite's second backend: the real server on a free loopback port, with the embedded
// database in memory (a fresh campaign per run) and the test hook that re-seeds before each test.
// CONTRACT_DATABASE_URL runs it on a PostgreSQL server instead (scripts/with-postgres.sh starts one).

declare module 'vitest' {
  export interface ProvidedContext {
    contractBaseUrl: string
  }
}

let server: RunningServer | undefined

export async function setup(project: TestProject) {
  server = await startServer(
    // The suite tells its clients apart by X-Forwarded-For, as a proxy in front of the server would.
    inMemoryServerOptions({
      corsOrigins: ['http://localhost:5173'],
      testHooks: true,
      trustProxy: 1,
      databaseUrl: process.env.CONTRACT_DATABASE_URL || undefined,
    }),
  )
  project.provide('contractBaseUrl', server.url)
}

export async function teardown() {
  await server?.close()
}
