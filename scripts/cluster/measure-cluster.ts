// The bench's cluster section (scripts/bench/cluster-section.ts runs it under scripts/with-postgres.sh):
//   tsx scripts/cluster/measure-cluster.ts <results.json> <seconds> <demo|large>
// One instance, then three, behind nginx on one PostgreSQL (seeded by the first start): 32 supervisors and
// secretaries reporting progress for <seconds>, and one leader reading GET /stats/summary meanwhile, one request
// at a time. The single instance is measured behind nginx too, so that both rows pay for the same proxy hop.
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { databaseUrlFromEnv, startCluster } from './cluster'
import { prepareWriters, runLoad, signedIn } from './cluster-load'

export type ClusterRow = {
  instances: number
  writers: number
  seconds: number
  /** Acknowledged (201) progress reports per second, through nginx. */
  updatesPerSecond: number
  conflicts: number
  failed: number
  /** GET /stats/summary while writing, ms. */
  statsP50: number
  statsP99: number
  statsRequests: number
}

const [out, secondsArg, seedArg] = process.argv.slice(2)
if (!out) throw new Error('usage: measure-cluster.ts <results.json> <seconds> <demo|large>')
const root = fileURLToPath(new URL('../..', import.meta.url))
const seconds = Number(secondsArg ?? 5)
const writers = 32
const rows: ClusterRow[] = []
for (const instances of [1, 3]) {
  const cluster = await startCluster({
    root,
    databaseUrl: databaseUrlFromEnv(),
    instances,
    seedSize: seedArg === 'large' ? 'large' : 'demo',
    log: (line) => console.log(`[bench] cluster: ${line}`),
  })
  try {
    const team = await prepareWriters(cluster.apiUrl, writers)
    const leader = await signedIn(cluster.apiUrl, 'leader-1')
    const result = await runLoad({
      apiUrl: cluster.apiUrl,
      writers: team,
      seconds,
      tag: `bench-${instances}`,
      statsToken: leader.token,
    })
    rows.push({
      instances,
      writers,
      seconds: Number(result.seconds.toFixed(1)),
      updatesPerSecond: result.updatesPerSecond,
      conflicts: result.conflicts,
      failed: result.failed,
      statsP50: result.stats?.p50 ?? Number.NaN,
      statsP99: result.stats?.p99 ?? Number.NaN,
      statsRequests: result.stats?.requests ?? 0,
    })
  } finally {
    await cluster.stop()
  }
}
writeFileSync(out, `${JSON.stringify(rows, null, 2)}\n`)
