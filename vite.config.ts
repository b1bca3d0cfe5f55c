import { fileURLToPath, URL } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
  build: { target: 'es2022', sourcemap: false },
  test: {
    globals: true,
    // 2-core machines: keep workers bounded so the seed isn't built many times over.
    maxWorkers: 2,
    // A ceiling for slow, busy machines, above findBy's 5 s (tests/setup.ts); no test waits for it.
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', setupFiles: ['./tests/setup.ts'], include: ['tests/{domain,seed,contract}/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'dom', environment: 'jsdom', setupFiles: ['./tests/setup.ts'], include: ['tests/app/**/*.test.{ts,tsx}', 'tests/features/**/*.test.{ts,tsx}'] },
      },
      {
        // The same contract suite against the real server (server/) with its embedded database;
        // one file at a time, since the tests share that server and each starts by re-seeding it.
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          globalSetup: ['./tests/server/global-setup.ts'],
          setupFiles: ['./tests/server/setup.ts'],
          include: ['tests/contract/**/*.test.ts', 'tests/server/**/*.test.ts'],
          exclude: ['tests/contract/openapi.test.ts'],
          fileParallelism: false,
        },
      },
    ],
  },
})
