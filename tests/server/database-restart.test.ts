import { execFileSync } from 'node:child_process'
import { vi } from 'vitest'
import { seqHeader } from '@/contract/live'
import { ErrorBodySchema } from '@/domain/model/errors'
import { startServer, type RunningServer } from '../../server/start'
import { inMemoryServerOptions } from './in-memory-server'

// The database restarting under two instances (issue 24 part 5): writes meanwhile answer 503 in the
// contract's envelope and are not applied, reads from memory go on, and both instances resume by themselves
// (a fresh pool connection for writes, the LISTEN connection opened again and the missed changes read).

const ctl = process.env.CONTRACT_PG_CTL
const options = process.env.CONTRACT_PG_OPTIONS
const pgCtl = (...args: string[]) => {
  const [command, ...prefix] = ctl!.split(' ')
  execFileSync(command!, [...prefix, ...args], { stdio: 'ignore' })
}

describe.runIf(ctl && options)('the database restarting under the instances', () => {
  let a: RunningServer
  let b: RunningServer
  beforeAll(async () => {
    const databaseUrl = process.env.CONTRACT_DATABASE_URL
    a = await startServer(inMemoryServerOptions({ databaseUrl }))
    b = await startServer(inMemoryServerOptions({ databaseUrl }))
  }, 120_000)
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()])
  })

  const signIn = async (server: RunningServer, userId: string) =>
    (
      (await (
        await fetch(`${server.url}/session`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ userId }),
        })
      ).json()) as { token: string }
    ).token
  const post = (token: string, itemId: string, note: string) =>
    fetch(`${a.url}/items/${itemId}/updates`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'progress', progress: 60, note }),
    })

  it('answers 503 while it is down, loses nothing, and resumes', { timeout: 90_000 }, async () => {
    const writer = await signIn(a, 'supervisor-1')
    const reader = await signIn(b, 'leader-1')
    const list = (await (
      await fetch(`${a.url}/items?status=in_progress&pageSize=1`, { headers: { authorization: `Bearer ${writer}` } })
    ).json()) as { items: { id: string; version: number }[] }
    const item = list.items[0]!

    // The server says so in its log (a line without values), which this test expects rather than forbids.
    const logged: string[] = []
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')))
    pgCtl('-m', 'fast', 'stop')
    try {
      const refused = await post(writer, item.id, '数据库重启期间的进度')
      expect(refused.status).toBe(503)
      expect(ErrorBodySchema.parse(await refused.json()).error.code).toBe('unavailable')
      // Reads come from memory meanwhile.
      const read = await fetch(`${b.url}/items/${item.id}`, { headers: { authorization: `Bearer ${reader}` } })
      expect(read.status).toBe(200)
    } finally {
      pgCtl('-o', options!, 'start')
    }

    let accepted: Response | undefined
    for (let tries = 0; tries < 60 && accepted?.status !== 201; tries += 1) {
      accepted = await post(writer, item.id, '数据库恢复后的进度')
      if (accepted.status !== 201) await new Promise((resolve) => setTimeout(resolve, 500))
    }
    expect(accepted!.status).toBe(201)
    expect(logged.length).toBeGreaterThan(0)
    for (const line of logged) expect(line).toMatch(/ 503 database unavailable$/)
    const { item: written } = (await accepted!.json()) as { item: { version: number } }
    // The refused write left nothing: one version more than before, not two.
    expect(written.version).toBe(item.version + 1)
    const seq = Number(accepted!.headers.get(seqHeader))
    // B hears of it by itself once its LISTEN connection is back (or its periodic look at the log).
    for (let tries = 0; tries < 100; tries += 1) {
      const seen = (await (
        await fetch(`${b.url}/items/${item.id}`, { headers: { authorization: `Bearer ${reader}` } })
      ).json()) as { version: number }
      if (seen.version === written.version) break
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    const final = await fetch(`${b.url}/items/${item.id}`, { headers: { authorization: `Bearer ${reader}` } })
    expect(((await final.json()) as { version: number }).version).toBe(written.version)
    expect(Number(final.headers.get(seqHeader))).toBeGreaterThanOrEqual(seq)
  })
})
