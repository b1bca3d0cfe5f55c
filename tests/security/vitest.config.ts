import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'
import { BaseSequencer, type TestSpecification } from 'vitest/node'

/** Files by name, the log scan (log-scan.test.ts) last: it reads what the whole run made the server write. */
class LogScanLast extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const last = (file: TestSpecification) => (file.moduleId.endsWith('log-scan.test.ts') ? 1 : 0)
    return [...files].sort((a, b) => last(a) - last(b) || a.moduleId.localeCompare(b.moduleId))
  }
}

// The security suite (issue 23, `npm run test:security`): the real server started as production starts it
// (`server/main.ts`, its own process, its output captured) on PGlite in a temporary folder, or on PostgreSQL
// when CONTRACT_DATABASE_URL is set; the attacks of tests/security/*.test.ts over HTTP; then a scan of
// everything the server wrote for the personal data and tokens the run sent. CI runs it (.ci/run, `security`).
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('../../src', import.meta.url)) } },
  test: {
    name: 'security',
    globals: true,
    environment: 'node',
    include: ['tests/security/**/*.test.ts'],
    globalSetup: ['tests/security/global-setup.ts'],
    // One file at a time against the one server, in a fixed order, the log scan last.
    fileParallelism: false,
    sequence: { sequencer: LogScanLast },
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
})
