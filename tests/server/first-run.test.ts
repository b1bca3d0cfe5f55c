import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ErrorBodySchema } from '@/domain/model/errors'
import { SessionSchema } from '@/domain/model/user'
import { configFromEnv } from '../../server/config'
import { startServer, type RunningServer } from '../../server/start'

// A production start (issue 23): no demo unless DEMO=1, an empty database gets the campaign skeleton and
// serves, sign-in answers 503 until `npm run admin -- create-admin` made the first administrator, and the
// password-less `{userId}` sign-in never works without DEMO.

describe('configuration', () => {
  it('turns the demo on only with DEMO=1, never because NODE_ENV is unset', () => {
    for (const env of [{}, { NODE_ENV: 'production' }, { NODE_ENV: 'development' }, { DEMO: '0' }]) {
      const options = configFromEnv(env)
      expect([options.demoSignIn, options.seedWhenEmpty]).toEqual([false, false])
    }
    const demo = configFromEnv({ DEMO: '1' })
    expect([demo.demoSignIn, demo.seedWhenEmpty]).toEqual([true, true])
    expect(() => configFromEnv({ DEMO: '1', NODE_ENV: 'production' })).toThrow(/DEMO/)
  })
})

describe('first run without DEMO', () => {
  let dir: string
  let server: RunningServer | undefined
  const start = async () => {
    const options = configFromEnv({ NODE_ENV: 'production', DATA_DIR: dir, SECURE_COOKIES: 'false' })
    server = await startServer({ ...options, port: 0 })
    return server.url
  }
  const stop = async () => {
    await server?.close()
    server = undefined
  }
  const post = (url: string, body: unknown) =>
    fetch(`${url}/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'first-run-'))
  })
  afterAll(async () => {
    await stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('serves the campaign skeleton, answers 503 until an admin exists, then signs the admin in', async () => {
    let url = await start()
    const early = await post(url, { username: 'boss', password: 'whatever' })
    expect(early.status).toBe(503)
    expect(ErrorBodySchema.parse(await early.json()).error.message).toContain('npm run admin -- create-admin')
    expect((await post(url, { userId: 'admin-1' })).status).toBe(503)
    expect((await fetch(`${url}/units`)).status).toBe(200)
    await stop()

    // The command, as an operator runs it (the password piped on stdin: no terminal here).
    const admin = (password: string, username = 'boss') =>
      spawnSync(
        join('node_modules', '.bin', 'tsx'),
        [
          '--tsconfig',
          'tsconfig.server.json',
          'server/admin-command.ts',
          'create-admin',
          '--username',
          username,
          '--name',
          '王主任',
        ],
        {
          input: `${password}\n`,
          env: { ...process.env, DATA_DIR: dir, DATABASE_URL: '', DEMO: '' },
          encoding: 'utf8',
        },
      )
    const weak = admin('short')
    expect(weak.status).toBe(1)
    expect(weak.stderr).toContain('密码至少 10 位')
    const made = admin('Str0ng-Passw0rd')
    expect(made.stderr).toBe('')
    expect(made.status).toBe(0)
    expect(admin('An0ther-Passw0rd').stderr).toContain('已被使用')

    url = await start()
    const signedIn = await post(url, { username: 'boss', password: 'Str0ng-Passw0rd' })
    expect(signedIn.status).toBe(201)
    const session = SessionSchema.parse(await signedIn.json())
    expect(session.user).toMatchObject({ name: '王主任', role: 'admin' })
    expect(session.user.mustChangePassword).toBeUndefined()
    // No demo: no demo users, no password-less sign-in, no demo items.
    expect((await post(url, { userId: 'admin-1' })).status).toBe(422)
    expect((await post(url, { username: 'admin-1', password: 'demo' })).status).toBe(401)
    const items = await fetch(`${url}/items`, { headers: { authorization: `Bearer ${session.token}` } })
    expect(((await items.json()) as { total: number }).total).toBe(0)
    const audit = await fetch(`${url}/admin/audit`, { headers: { authorization: `Bearer ${session.token}` } })
    expect(((await audit.json()) as { items: { action: string }[] }).items.map((e) => e.action)).toEqual([
      'create_admin',
    ])
  }, 120_000)
})
