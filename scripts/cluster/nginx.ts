// nginx in front of the instances, with the configuration reviewed in the repo (server/deploy/nginx-cluster.conf)
// filled in for this run, in a folder of its own: `-p <folder>` makes every path in the file relative to it and
// `-e` moves the error log nginx opens before it has read the file, so no system folder is needed.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { join } from 'node:path'
import { exited, track } from './instances'

/** The template with its listen port and one upstream line per instance port. */
export function nginxConf(template: string, listenPort: number, upstreamPorts: readonly number[]): string {
  return template
    .split('\n')
    .flatMap((line) =>
      line.includes('{{UPSTREAM_PORT}}')
        ? upstreamPorts.map((port) => line.replaceAll('{{UPSTREAM_PORT}}', String(port)))
        : [line.replaceAll('{{LISTEN_PORT}}', String(listenPort))],
    )
    .join('\n')
}

export const nginxBinary = () => process.env.NGINX ?? (existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx')

/** Resolves once something accepts connections on the port (nginx writes nothing when it is ready). */
export async function listening(port: number, timeoutMs = 10_000): Promise<void> {
  const deadline = performance.now() + timeoutMs
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1')
      socket.once('connect', () => (socket.destroy(), resolve(true)))
      socket.once('error', () => resolve(false))
    })
    if (open) return
    if (performance.now() > deadline) throw new Error(`nothing listens on ${port} after ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

export type Nginx = { url: string; stop: () => Promise<void> }

export async function startNginx(
  root: string,
  folder: string,
  listenPort: number,
  upstreamPorts: readonly number[],
): Promise<Nginx> {
  mkdirSync(join(folder, 'temp'), { recursive: true })
  const template = readFileSync(join(root, 'server/deploy/nginx-cluster.conf'), 'utf8')
  const conf = join(folder, 'nginx.conf')
  writeFileSync(conf, nginxConf(template, listenPort, upstreamPorts))
  const child = track(
    spawn(nginxBinary(), ['-p', folder, '-c', conf, '-e', 'error.log'], { stdio: ['ignore', 'pipe', 'pipe'] }),
    'SIGTERM',
  )
  let output = ''
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const failed = new Promise<never>((_, reject) =>
    child.once('exit', (code) => {
      const log = existsSync(join(folder, 'error.log')) ? readFileSync(join(folder, 'error.log'), 'utf8') : ''
      reject(new Error(`nginx exited (${code}):\n${output}${log}`))
    }),
  )
  failed.catch(() => undefined)
  await Promise.race([listening(listenPort), failed])
  return {
    url: `http://127.0.0.1:${listenPort}`,
    async stop() {
      const done = exited(child)
      // SIGTERM: nginx's fast stop, the master ends its workers (a graceful SIGQUIT would wait for open streams).
      child.kill('SIGTERM')
      await done
    },
  }
}
