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
    setupFiles: ['./tests/setup.ts'],
    // 2-core machines: keep workers bounded so the seed isn't built many times over.
    maxWorkers: 2,
    // A ceiling for slow, busy machines, above findBy's 5 s (tests/setup.ts); no test waits for it.
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: ['tests/{domain,seed,contract}/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'dom', environment: 'jsdom', include: ['tests/app/**/*.test.{ts,tsx}', 'tests/features/**/*.test.{ts,tsx}'] },
      },
    ],
  },
})
