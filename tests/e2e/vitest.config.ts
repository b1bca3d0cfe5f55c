import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'

// The browser suite: Debian's Chromium driven by playwright-core against the production demo build
// served by `vite preview`, with the msw service worker answering in the browser.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('../../src', import.meta.url)) } },
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    // Two files at a time (one per core): a journey spends much of its time waiting on the page, and
    // journeys are independent (own profile, own demo data) while sharing the preview server.
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
