import { liveEventsPath, seenSeqHeader, seqHeader } from '@/contract/live'
import { sessionCookieName } from '@/contract/session-cookie'
import pg from 'pg'
import { startServer, type RunningServer } from '../../server/start'
import { inMemoryServerOptions } from './in-memory-server'

// Two instances on one PostgreSQL server (issue 24): a write on one is read on the other within a second
// (LISTEN/NOTIFY), a client that saw a later sequence is answered only once the instance caught up, and an
// open event stream on the other instance hears of the write. Runs where a server is given (test:postgres).

const databaseUrl = process.env.CONTRACT_DATABASE_URL
const within = (ms: number) => ({ timeout: ms + 20_000 })

describe.runIf(databaseUrl)('two instances on one database', () => {
  let a: RunningServer
  let b: RunningServer
  beforeAll(async () => {
    a = await startServer(inMemoryServerOptions({ databaseUrl }))
    b = await startServer(inMemoryServerOptions({ databaseUrl }))
  }, 120_000)
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()])
  })

  async function signIn(server: RunningServer, userId: string) {
    const response = await fetch(`${server.url}/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId }),
    })
    return ((await response.json()) as { token: string }).token
  }
  const get = (server: RunningServer, path: string, token: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}`, ...headers } })

  async function postProgress(token: string, itemId: string, note: string) {
    const response = await fetch(`${a.url}/items/${itemId}/updates`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'progress', progress: 55, note }),
    })
    expect(response.status).toBe(201)
    return {
      seq: Number(response.headers.get(seqHeader)),
      body: (await response.json()) as { item: { version: number } },
    }
  }

  it('shows a write on A to readers of B within a second, and B’s open stream hears it', within(1000), async () => {
    const tokenA = await signIn(a, 'supervisor-1')
    const tokenB = await signIn(b, 'leader-1')
    const page = (await (await get(b, '/items?status=in_progress&pageSize=1', tokenB)).json()) as {
      items: { id: string; version: number }[]
    }
    const item = page.items[0]!

    const stream = await fetch(`${b.url}${liveEventsPath}`, { headers: { cookie: `${sessionCookieName}=${tokenB}` } })
    expect(stream.headers.get('content-type')).toMatch(/text\/event-stream/)
    const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader()
    let heard = ''
    const hears = (async () => {
      while (!heard.includes(item.id)) heard += (await reader.read()).value ?? ''
    })()

    const started = Date.now()
    const { seq, body } = await postProgress(tokenA, item.id, `两实例同步 ${started}`)
    expect(seq).toBeGreaterThan(0)
    for (;;) {
      const seen = (await (await get(b, `/items/${item.id}`, tokenB)).json()) as { version: number }
      if (seen.version === body.item.version) break
      expect(Date.now() - started).toBeLessThan(1000)
    }
    await hears
    const block = heard.split('\n\n').find((lines) => lines.split('\n').includes(`id: ${seq}`))
    expect(block).toContain('event: change')
    expect(block).toContain(item.id)
    await reader.cancel()
  })

  it('answers a client that saw a later write only once it has caught up (read your writes)', async () => {
    const tokenA = await signIn(a, 'supervisor-1')
    const tokenB = await signIn(b, 'leader-1')
    const page = (await (await get(a, '/items?status=in_progress&pageSize=2', tokenA)).json()) as {
      items: { id: string }[]
    }
    const item = page.items[1]!
    const { seq, body } = await postProgress(tokenA, item.id, `读己之写 ${Date.now()}`)
    const reply = await get(b, `/items/${item.id}`, tokenB, { [seenSeqHeader]: String(seq) })
    expect(Number(reply.headers.get(seqHeader))).toBeGreaterThanOrEqual(seq)
    expect(((await reply.json()) as { version: number }).version).toBe(body.item.version)
  })

  it('sends a client that was away too long a refresh instead of the changes it missed', async () => {
    const tokenA = await signIn(a, 'supervisor-1')
    const page = (await (await get(a, '/items?status=in_progress&pageSize=3', tokenA)).json()) as {
      items: { id: string }[]
    }
    await postProgress(tokenA, page.items[2]!.id, `离线太久 ${Date.now()}`)
    const { seq } = await postProgress(tokenA, page.items[2]!.id, `离线太久 ${Date.now()}`)
    const opened = async (after: number) => {
      const stream = await fetch(`${a.url}${liveEventsPath}?after=${after}`, {
        headers: { authorization: `Bearer ${tokenA}` },
      })
      const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader()
      let text = ''
      while (!/event: (refresh|change)/.test(text)) text += (await reader.read()).value ?? ''
      await reader.cancel()
      return text
    }
    // One change missed: it is sent again as it was.
    expect(await opened(seq - 1)).toMatch(/event: change/)
    // The log no longer reaches back that far (the daily purge): everything must be asked for again.
    const db = new pg.Client({ connectionString: databaseUrl })
    await db.connect()
    await db.query('DELETE FROM change_log WHERE seq < $1', [seq])
    await db.end()
    expect(await opened(seq - 2)).toMatch(/event: refresh/)
  })
})
