// How the benchmark runs: `npm run bench` (full) or `npm run bench -- --smoke` / BENCH_SMOKE=1 (CI).

export type BenchOptions = {
  smoke: boolean
  /** Seed size of the server: 50,000 items (large) or the 471-item demo campaign in smoke mode. */
  seedSize: 'large' | 'demo'
  iterations: number
  lighthouse: boolean
  /** Seconds of concurrent writes for updates/s. */
  loadSeconds: number
  /** Requests per endpoint for p50/p99. */
  requests: number
}

export function benchOptions(argv: readonly string[] = process.argv.slice(2), env: NodeJS.ProcessEnv = process.env): BenchOptions {
  const smoke = argv.includes('--smoke') || /^(1|true|yes)$/i.test(env.BENCH_SMOKE ?? '')
  const noLighthouse = argv.includes('--no-lighthouse')
  return smoke
    ? { smoke, seedSize: 'demo', iterations: 1, lighthouse: false, loadSeconds: 1, requests: 20 }
    : { smoke, seedSize: 'large', iterations: 5, lighthouse: !noLighthouse, loadSeconds: 5, requests: 200 }
}
