import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import type { TestProject } from 'vitest/node'
import { inMemoryServerOptions } from '../server/in-memory-server'

// The mock (default): builds the demo into dist/ (unless E2E_SKIP_BUILD=1, as in CI after its build
// step), serves it with `vite preview` on a free loopback port, and hands the URL to the tests.
// E2E_BACKEND=server: builds the app without the mock into dist-server/ (VITE_API_URL=/api), and per
// vitest worker starts the real server (embedded database in memory, test hooks and demo sign-in on)
// and a `vite preview` of that build proxying /api to it: same origin, no CORS.

const workers = 2 // tests/e2e/vitest.config.ts maxWorkers

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      )
    })
  })
}

async function waitFor(url: string, child: ChildProcess, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`)
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`vite preview did not answer at ${url}`)
}

function build(outDir: string, env: NodeJS.ProcessEnv = {}) {
  if (process.env.E2E_SKIP_BUILD === '1' && existsSync(`${outDir}/index.html`)) return
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'], {
    stdio: 'inherit',
    // NODE_ENV is 'test' inside vitest: the app is built as it ships, React's production build.
    env: { ...process.env, NODE_ENV: 'production', ...env },
  })
  if (result.status !== 0) throw new Error(`the build into ${outDir} failed`)
}

async function setupMock(project: TestProject) {
  build('dist')
  const port = await freePort()
  const preview = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    stdio: 'ignore',
    detached: true,
  })
  const baseUrl = `http://127.0.0.1:${port}`
  await waitFor(baseUrl, preview)
  project.provide('baseUrl', baseUrl)
  project.provide('e2eServers', [])
  return () => {
    if (preview.pid) process.kill(-preview.pid, 'SIGTERM')
  }
}

async function setupServer(project: TestProject) {
  build('dist-server', { VITE_API_MOCKING: 'false', VITE_API_URL: '/api' })
  const { startServer } = await import('../../server/start')
  const { preview } = await import('vite')
  const closers: (() => Promise<void>)[] = []
  const servers: { baseUrl: string; apiUrl: string }[] = []
  try {
    for (let i = 0; i < workers; i++) {
      const port = await freePort()
      const baseUrl = `http://127.0.0.1:${port}`
      const server = await startServer(inMemoryServerOptions({ corsOrigins: [baseUrl], testHooks: true }))
      closers.push(server.close)
      const app = await preview({
        logLevel: 'warn',
        build: { outDir: 'dist-server' },
        preview: {
          host: '127.0.0.1',
          port,
          strictPort: true,
          open: false,
          proxy: { '/api': { target: new URL(server.url).origin } },
        },
      })
      closers.push(() => app.close())
      servers.push({ baseUrl, apiUrl: server.url })
    }
  } catch (error) {
    for (const close of closers.reverse()) await close()
    throw error
  }
  project.provide('baseUrl', servers[0]?.baseUrl ?? '')
  project.provide('e2eServers', servers)
  return async () => {
    for (const close of closers.reverse()) await close()
  }
}

export default function setup(project: TestProject) {
  return process.env.E2E_BACKEND === 'server' ? setupServer(project) : setupMock(project)
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    /** Against the server: one app (preview URL) and its server's API per worker; empty on the mock. */
    e2eServers: { baseUrl: string; apiUrl: string }[]
  }
}
