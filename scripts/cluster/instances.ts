// One instance of the built server (`node dist-server-node/main.js`, as `npm start` runs it) in its own process,
// on a fixed port so that nginx's upstream list stays valid when the instance is killed and started again.
// Its output goes to a file of its own, read back when something fails.
import { spawn, type ChildProcess } from 'node:child_process'
import { createWriteStream, existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export type InstanceOptions = {
  root: string
  name: string
  port: number
  databaseUrl: string
  /** The instance's stdout and stderr, appended across restarts. */
  logFile: string
  /** SEED_SIZE for the first start on an empty database (the demo campaign, or 50,000 items for the bench). */
  seedSize?: 'demo' | 'large'
  /** The built app to serve beside /api (APP_DIR), for the browser test through nginx. */
  appDir?: string
}

export type Instance = {
  readonly name: string
  readonly port: number
  /** http://127.0.0.1:<port>/api */
  readonly apiUrl: string
  /** kill -9: the process gets no chance to finish what it was doing. */
  crash(): Promise<void>
  /** Starts it again on the same port; resolves once it listens. */
  restart(): Promise<void>
  /** SIGTERM (the server closes its connections), SIGKILL if it has not exited within 10 s. */
  stop(): Promise<void>
  /** The last lines it wrote. */
  logTail(lines?: number): string
}

/** Every child of the harness, stopped when the harness's own process exits, whatever the reason. */
const children = new Map<ChildProcess, NodeJS.Signals>()
process.once('exit', () => {
  for (const [child, signal] of children) child.kill(signal)
})
/** `signal` at exit: SIGKILL for an instance; nginx's master wants SIGTERM, so that it takes its workers along. */
export const track = (child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL') => {
  children.set(child, signal)
  child.once('exit', () => children.delete(child))
  return child
}

export const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once('exit', () => resolve()))

export async function startInstance(options: InstanceOptions): Promise<Instance> {
  const log = createWriteStream(options.logFile, { flags: 'a' })
  let child: ChildProcess | undefined

  const launch = () =>
    new Promise<void>((resolve, reject) => {
      const main = join(options.root, 'dist-server-node/main.js')
      if (!existsSync(main)) return reject(new Error(`${main} is missing: run npm run build first`))
      const started = track(
        spawn(process.execPath, [main], {
          cwd: options.root,
          env: {
            PATH: process.env.PATH ?? '',
            HOME: process.env.HOME ?? '',
            DATABASE_URL: options.databaseUrl,
            PORT: String(options.port),
            HOST: '127.0.0.1',
            // The demo campaign seeded into an empty database and the password-less {userId} sign-in; NODE_ENV
            // stays unset, since production refuses DEMO.
            DEMO: '1',
            SEED_SIZE: options.seedSize ?? 'demo',
            // nginx in front appends the client's address to X-Forwarded-For.
            TRUST_PROXY: '1',
            ...(options.appDir && { APP_DIR: options.appDir }),
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        }),
      )
      child = started
      let output = ''
      const seen = (chunk: Buffer) => {
        log.write(chunk)
        output += chunk.toString()
        if (/listening on /.test(output)) resolve()
      }
      started.stdout!.on('data', seen)
      started.stderr!.on('data', seen)
      started.once('exit', (code, signal) =>
        reject(new Error(`${options.name} exited (${code ?? signal}) before listening:\n${output.slice(-4000)}`)),
      )
    })

  const stop = async () => {
    const running = child
    if (!running) return
    const done = exited(running)
    running.kill('SIGTERM')
    const timer = setTimeout(() => running.kill('SIGKILL'), 10_000)
    await done
    clearTimeout(timer)
  }

  await launch()
  return {
    name: options.name,
    port: options.port,
    apiUrl: `http://127.0.0.1:${options.port}/api`,
    async crash() {
      if (!child) return
      const done = exited(child)
      child.kill('SIGKILL')
      await done
    },
    restart: launch,
    stop,
    logTail(lines = 40) {
      return existsSync(options.logFile)
        ? readFileSync(options.logFile, 'utf8').split('\n').slice(-lines).join('\n')
        : ''
    },
  }
}
