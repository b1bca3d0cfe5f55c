import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'

// The browser suite: Debian's Chromium driven by playwright-core against the production demo build
// served by `vite preview`, with the msw service worker answering in the browser; or, with
// E2E_BACKEND=server (`npm run test:e2e:server`), the app built without the mock against the real
// server (global-setup.ts), re-seeded before each test (setup.ts).
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('../../src', import.meta.url)) } },
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    setupFiles: ['tests/e2e/setup.ts'],
    // Two files at a time (one per core): a journey spends much of its time waiting on the page, and
    // journeys are independent (own profile, own demo data) while sharing the preview server.
    fileParallelism: true,
    // Against the server, global-setup.ts starts one server per worker: keep its `workers` in step.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // expect.poll waits up to 20 s (not 1 s) for what a user waits for, e.g. the wall refetching after a
    // change on a busy machine; it returns as soon as the value is there.
    expect: { poll: { timeout: 20_000 } },
  },
})
