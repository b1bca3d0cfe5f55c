// The bench's cluster section (issue 24): updates/s and the statistics' p99 while writing, for one instance and
// for three behind nginx on one PostgreSQL. PostgreSQL comes from scripts/with-postgres.sh, which runs
// scripts/cluster/measure-cluster.ts and removes the database afterwards. The instances run the built server, so
// it is built first (dist-server-node/, as `npm run build` makes it: about a second), from the source measured.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ClusterRow } from '../cluster/measure-cluster'

export type { ClusterRow }

export async function measureCluster(root: string, seconds: number, seedSize: 'large' | 'demo'): Promise<ClusterRow[]> {
  const folder = mkdtempSync(join(tmpdir(), 'banshi-bench-cluster-'))
  const out = join(folder, 'cluster.json')
  const run = (command: string, args: string[], quiet = false) =>
    new Promise<void>((resolve, reject) => {
      const child = spawn(command, args, { cwd: root, stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'] })
      child.once('error', reject)
      child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')}: exit ${code}`))))
    })
  try {
    await run(join(root, 'node_modules/.bin/vite'), ['build', '--config', 'build/server.config.ts'], true)
    const tsx = [join(root, 'node_modules/.bin/tsx'), '--tsconfig', 'tsconfig.server.json']
    const measure = ['scripts/cluster/measure-cluster.ts', out, String(seconds), seedSize]
    await run('bash', ['scripts/with-postgres.sh', ...tsx, ...measure])
    return JSON.parse(readFileSync(out, 'utf8')) as ClusterRow[]
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

/** The section's rows as the bench prints them. */
export const clusterTable = (rows: ClusterRow[]) =>
  rows.map((row) => ({
    'behind nginx': row.instances === 1 ? '1 instance' : `${row.instances} instances`,
    'updates/s (acknowledged)': row.updatesPerSecond,
    '409 (read again)': row.conflicts,
    failed: row.failed,
    'stats summary p50 / p99 while writing': `${row.statsP50} / ${row.statsP99} ms (${row.statsRequests} requests)`,
  }))
