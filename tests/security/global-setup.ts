import { spawn, type ChildProcess } from 'node:child_process'
import { createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'

// Starts the real server the way `npm run server` does (server/main.ts through tsx, its own process, the
// environment as its only input): the demo (DEMO=1: demo campaign seeded at start, demo sign-in), one
// trusted proxy so that the tests can be several clients, PGlite in a temporary folder or PostgreSQL at
// CONTRACT_DATABASE_URL. Everything it writes to stdout and stderr goes to `serverLog` for log-scan.test.ts.

declare module 'vitest' {
  export interface ProvidedContext {
    securityBaseUrl: string
    /** The server's captured output (stdout and stderr), appended as it runs. */
    securityServerLog: string
    /** Secrets the tests sent (phones, texts, tokens), one JSON string a line: none may appear in the log. */
    securitySecrets: string
  }
}

let child: ChildProcess | undefined
let folder: string | undefined

export async function setup(project: TestProject) {
  folder = mkdtempSync(join(tmpdir(), 'banshi-security-'))
  const serverLog = join(folder, 'server.log')
  const secrets = join(folder, 'secrets.jsonl')
  writeFileSync(secrets, '')
  const log = createWriteStream(serverLog)
  const databaseUrl = process.env.CONTRACT_DATABASE_URL || undefined
  child = spawn('node_modules/.bin/tsx', ['--tsconfig', 'tsconfig.server.json', 'server/main.ts'], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: join(folder, 'data'),
      TRUST_PROXY: '1',
      // The demo campaign and its password-less sign-in (server/config.ts): the suite signs in as its users.
      DEMO: '1',
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const url = new Promise<string>((resolve, reject) => {
    const seen = (chunk: Buffer) => {
      log.write(chunk)
      output += chunk.toString()
      const match = /listening on (http:\/\/\S+)/.exec(output)
      if (match) resolve(match[1]!.replace(/\/$/, ''))
    }
    child!.stdout!.on('data', seen)
    child!.stderr!.on('data', seen)
    child!.on('exit', (code) => reject(new Error(`the server exited with ${code}:\n${output}`)))
    setTimeout(() => reject(new Error(`the server did not start in 150 s:\n${output}`)), 150_000).unref()
  })
  const base = await url
  project.provide('securityBaseUrl', base.endsWith('/api') ? base : `${base}/api`)
  project.provide('securityServerLog', serverLog)
  project.provide('securitySecrets', secrets)
}

export async function teardown() {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child!.once('exit', resolve))
    child.kill('SIGTERM')
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))])
    if (child.exitCode === null) child.kill('SIGKILL')
  }
  child?.stdout?.destroy()
  child?.stderr?.destroy()
  if (folder) rmSync(folder, { recursive: true, force: true })
}
