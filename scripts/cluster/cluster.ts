// Several instances of the built server on one PostgreSQL behind nginx (issue 24): the harness of
// tests/cluster/ and of the bench's cluster section. PostgreSQL itself comes from scripts/with-postgres.sh
// (CONTRACT_DATABASE_URL). Everything started here is stopped by `stop`, and killed if the process exits first.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort } from '../bench/bench-server'
import { startInstance, type Instance } from './instances'
import { startNginx } from './nginx'

export type ClusterOptions = {
  root: string
  databaseUrl: string
  instances: number
  seedSize?: 'demo' | 'large'
  /** The built app each instance serves (APP_DIR), so that a browser can use the cluster through nginx. */
  appDir?: string
  log?: (line: string) => void
}

export type Cluster = {
  /** nginx's /api, round robin over the instances. */
  apiUrl: string
  instances: Instance[]
  /** The folder holding nginx's files and each instance's log. */
  folder: string
  /** The tail of every instance's log, for a failure message. */
  logs(): string
  stop(): Promise<void>
}

export function databaseUrlFromEnv(): string {
  const url = process.env.CONTRACT_DATABASE_URL || process.env.DATABASE_URL
  if (!url) throw new Error('no PostgreSQL: run under scripts/with-postgres.sh (it sets CONTRACT_DATABASE_URL)')
  return url
}

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const log = options.log ?? (() => undefined)
  const folder = mkdtempSync(join(tmpdir(), 'banshi-cluster-'))
  const instances: Instance[] = []
  let stopNginx: (() => Promise<void>) | undefined
  const stop = async () => {
    await stopNginx?.()
    await Promise.all(instances.map((instance) => instance.stop()))
    rmSync(folder, { recursive: true, force: true })
  }
  try {
    const ports = await Promise.all(Array.from({ length: options.instances }, () => freePort()))
    const start = (port: number, n: number) =>
      startInstance({
        root: options.root,
        name: `instance ${n + 1}`,
        port,
        databaseUrl: options.databaseUrl,
        logFile: join(folder, `instance-${n + 1}.log`),
        seedSize: options.seedSize ?? 'demo',
        ...(options.appDir && { appDir: options.appDir }),
      })
    // The first one alone: on an empty database it migrates and seeds, and two instances doing that at
    // once would both find it empty.
    let started = performance.now()
    instances.push(await start(ports[0]!, 0))
    log(`instance 1 on ${ports[0]} in ${Math.round(performance.now() - started)} ms (migrated and seeded if empty)`)
    started = performance.now()
    // Each kept as soon as it listens, so that `stop` ends it even when another fails to start.
    await Promise.all(ports.slice(1).map(async (port, n) => instances.push(await start(port, n + 1))))
    instances.sort((a, b) => ports.indexOf(a.port) - ports.indexOf(b.port))
    if (ports.length > 1) log(`instances 2–${ports.length} in ${Math.round(performance.now() - started)} ms`)
    const nginx = await startNginx(options.root, folder, await freePort(), ports)
    stopNginx = nginx.stop
    log(`nginx on ${nginx.url}, round robin over ${ports.join(', ')}`)
    return {
      apiUrl: `${nginx.url}/api`,
      instances,
      folder,
      logs: () => instances.map((instance) => `--- ${instance.name}\n${instance.logTail()}`).join('\n'),
      stop,
    }
  } catch (error) {
    await stop()
    throw error
  }
}
