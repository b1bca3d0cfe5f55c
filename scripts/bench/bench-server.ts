// The real server (server/) with its embedded database, seeded for the benchmark in its own folder
// (bench-results/data-<size>), started as its own process as `npm run server` would be.
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { join } from 'node:path'

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })

function run(root: string, script: string, env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(join(root, 'node_modules/.bin/tsx'), ['--tsconfig', 'tsconfig.server.json', script], {
    cwd: root,
    // The demo campaign and its users (DEMO=1, as `npm run server` sets it).
    env: { ...process.env, NODE_ENV: 'development', DEMO: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
}

/** `npm run server:seed` into `dataDir`: replaces everything with the campaign of that size. */
export function seedServer(root: string, dataDir: string, seedSize: 'large' | 'demo'): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = run(root, 'server/seed-command.ts', { DATA_DIR: dataDir, SEED_SIZE: seedSize })
    let output = ''
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`seed failed (${code}):\n${output}`))))
  })
}

export type BenchServer = { apiUrl: string; stop: () => Promise<void> }

/** Runs `script` until it prints `ready`; `stop` ends it. */
function startProcess(
  root: string,
  script: string,
  env: NodeJS.ProcessEnv,
  ready: string,
): Promise<() => Promise<void>> {
  return new Promise((resolve, reject) => {
    const child = run(root, script, env)
    let output = ''
    const stop = () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done()
        child.once('exit', () => done())
        child.kill('SIGTERM')
      })
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes(ready)) resolve(stop)
    })
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('exit', (code) => reject(new Error(`${script} exited (${code}) before listening:\n${output}`)))
  })
}

/** `npm run server` on `port`, answering the app's origin; resolves once it listens. */
export async function startBenchServer(
  root: string,
  dataDir: string,
  port: number,
  appOrigin: string,
): Promise<BenchServer> {
  const env = {
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    CORS_ORIGINS: appOrigin,
  }
  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    stop: await startProcess(root, 'server/main.ts', env, 'listening on'),
  }
}

/** The built app in `outDir` on `port`, its /api passed to the server on `apiPort` (app-server.ts), in a process of its own. */
export async function startAppServer(
  root: string,
  outDir: string,
  port: number,
  apiPort: number,
): Promise<{ appUrl: string; stop: () => Promise<void> }> {
  const env = { OUT_DIR: outDir, PORT: String(port), API_PORT: String(apiPort) }
  return {
    appUrl: `http://127.0.0.1:${port}`,
    stop: await startProcess(root, 'scripts/bench/app-server.ts', env, `app listening on ${port}`),
  }
}
