import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

// The unit and contract suites, with the app's plugins and alias (vite.config.ts). The browser suite has its
// own config: tests/e2e/vitest.config.ts.
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      globals: true,
      // 2-core machines: keep workers bounded so the seed isn't built many times over.
      maxWorkers: 2,
      // A ceiling for slow, busy machines, above findBy's 5 s (tests/setup.ts); no test waits for it.
      testTimeout: 20_000,
      projects: [
        {
          extends: true,
          test: {
            name: 'node',
            environment: 'node',
            setupFiles: ['./tests/setup.ts'],
            include: ['tests/{domain,lib,seed,contract,mocks,core}/**/*.test.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'dom',
            environment: 'jsdom',
            setupFiles: ['./tests/setup.ts'],
            include: ['tests/app/**/*.test.{ts,tsx}', 'tests/features/**/*.test.{ts,tsx}'],
          },
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
            exclude: ['tests/contract/openapi*.test.ts'],
            fileParallelism: false,
          },
        },
      ],
    },
  }),
)
