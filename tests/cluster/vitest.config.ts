import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'

// The cluster suite (issue 24, `npm run test:cluster`): three instances of the built server
// (dist-server-node/, `npm run build`) on one PostgreSQL (scripts/with-postgres.sh) behind a real nginx
// (server/deploy/nginx-cluster.conf), started by the test file itself, which kills and restarts one of them.
// CI runs it after the build (.ci/run, `cluster`).
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('../../src', import.meta.url)) } },
  test: {
    name: 'cluster',
    globals: true,
    environment: 'node',
    include: ['tests/cluster/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
