// How the benchmark runs: `npm run bench` (full) or `npm run bench -- --smoke` / BENCH_SMOKE=1 (CI). The cluster
// section (several instances behind nginx, on a PostgreSQL of its own) is part of the full run; the smoke run
// leaves it out unless `--cluster` asks for it, and BENCH_ONLY=cluster measures only it.

export type BenchOptions = {
  smoke: boolean
  /** Seed size of the server: 50,000 items (large) or the 471-item demo campaign in smoke mode. */
  seedSize: 'large' | 'demo'
  iterations: number
  lighthouse: boolean
  /** Lighthouse audits per page; the median run (by performance score) is reported (BENCH_LH_RUNS). */
  lighthouseRuns: number
  /** Seconds of concurrent writes for updates/s. */
  loadSeconds: number
  /** Requests per endpoint for p50/p99. */
  requests: number
  /** The parts measured (BENCH_ONLY=browser,lighthouse,api,cluster for a partial run while working on one budget). */
  parts: { browser: boolean; api: boolean; cluster: boolean }
  /** Where the build, the seeded data and the JSON go (BENCH_RESULTS; default bench-results/). */
  resultsDir: string | undefined
  /** BENCH_REUSE_DATA=1: keep the seeded database of an earlier run instead of seeding again. */
  reuseData: boolean
}

export function benchOptions(
  argv: readonly string[] = process.argv.slice(2),
  env: NodeJS.ProcessEnv = process.env,
): BenchOptions {
  const smoke = argv.includes('--smoke') || /^(1|true|yes)$/i.test(env.BENCH_SMOKE ?? '')
  const only = env.BENCH_ONLY ? new Set(env.BENCH_ONLY.split(',').map((part) => part.trim())) : undefined
  const runs = (part: string) => !only || only.has(part)
  const common = {
    parts: {
      browser: runs('browser'),
      api: runs('api'),
      cluster: argv.includes('--cluster') || (!smoke && runs('cluster')),
    },
    resultsDir: env.BENCH_RESULTS || undefined,
    reuseData: /^(1|true|yes)$/i.test(env.BENCH_REUSE_DATA ?? ''),
  }
  const noLighthouse = argv.includes('--no-lighthouse') || !runs('lighthouse')
  // Lighthouse's scores vary from run to run (its guide on variability advises the median of several).
  const lighthouseRuns = Math.max(1, Math.floor(Number(env.BENCH_LH_RUNS ?? 3)) || 3)
  return smoke
    ? {
        smoke,
        seedSize: 'demo',
        iterations: 1,
        lighthouse: false,
        lighthouseRuns: 1,
        loadSeconds: 1,
        requests: 20,
        ...common,
      }
    : {
        smoke,
        seedSize: 'large',
        iterations: 5,
        lighthouse: !noLighthouse,
        lighthouseRuns,
        loadSeconds: 5,
        requests: 200,
        ...common,
      }
}
