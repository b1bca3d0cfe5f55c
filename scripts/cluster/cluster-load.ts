// Concurrent writers (and, for the bench, one reader of the statistics) against the API, as the cluster test and
// the bench's cluster section drive it. Each writer is one browser: it keeps the highest `x-seq` it was answered
// with and sends it as `x-seen-seq` (src/contract/live.ts), so whichever instance nginx picks next catches up
// before answering. A progress report carries the version the writer last saw; on 409 the writer reads the item
// again and carries on. What is acknowledged (201) is recorded, so the caller can look for it in the database.
import { seenSeqHeader, seqHeader } from '../../src/contract/live'
import { percentile, round } from '../bench/measure'

export type Reply = { status: number; body: unknown; ms: number; error?: string }

/** One client of the API: its token and the last sequence number it was shown. */
export class ApiClient {
  seq = 0
  constructor(
    readonly apiUrl: string,
    public token?: string,
  ) {}

  /** Never throws: a connection that fails or is cut is status 0 (what a killed instance leaves behind). */
  async call(method: string, path: string, body?: unknown): Promise<Reply> {
    const started = performance.now()
    try {
      const response = await fetch(`${this.apiUrl}${path}`, {
        method,
        headers: {
          ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(this.seq > 0 ? { [seenSeqHeader]: String(this.seq) } : {}),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      })
      const text = await response.text()
      const seq = Number(response.headers.get(seqHeader))
      if (Number.isFinite(seq) && seq > this.seq) this.seq = seq
      let parsed: unknown = text
      try {
        parsed = text ? (JSON.parse(text) as unknown) : null
      } catch {
        // nginx's own error pages are HTML: kept as text
      }
      return { status: response.status, body: parsed, ms: performance.now() - started }
    } catch (error) {
      return { status: 0, body: null, ms: performance.now() - started, error: String(error) }
    }
  }

  async ok<T>(method: string, path: string, body?: unknown): Promise<T> {
    const reply = await this.call(method, path, body)
    if (reply.status < 200 || reply.status >= 300)
      throw new Error(`${method} ${path}: ${reply.status} ${reply.error ?? JSON.stringify(reply.body)}`)
    return reply.body as T
  }
}

type SignedIn = { token: string; user: { id: string; role: string; unitId: string } }
type ItemRow = { id: string; unitId: string; version: number }

/** Signs in as a demo user (the password-less `{userId}` form of DEMO=1). */
export async function signedIn(apiUrl: string, userId: string): Promise<{ client: ApiClient } & SignedIn> {
  const session = await new ApiClient(apiUrl).ok<SignedIn>('POST', '/session', { userId })
  return { ...session, client: new ApiClient(apiUrl, session.token) }
}

export type Writer = { userId: string; token: string; items: string[] }

/** The demo's supervisors (any item) and secretaries (their own unit's items only) that writers sign in as. */
export const writerUsers = [
  'supervisor-1',
  'supervisor-2',
  'secretary-zhuzhuang',
  'secretary-luling',
  'secretary-yuandian2',
  'secretary-linhuan-coking',
]

/**
 * `count` writers over the users above, round robin. Supervisors share `shared` in-progress items, so that
 * writers on different instances collide on the same rows; each secretary writes the in-progress items of its
 * own unit (a secretary without any is left out).
 */
export async function prepareWriters(apiUrl: string, count: number, shared = 12): Promise<Writer[]> {
  const sessions = await Promise.all(
    writerUsers.map(async (userId) => {
      const { client, ...session } = await signedIn(apiUrl, userId)
      const query =
        session.user.role === 'secretary'
          ? `/items?status=in_progress&unit=${session.user.unitId}&pageSize=20`
          : `/items?status=in_progress&pageSize=${shared}`
      const page = await client.ok<{ items: ItemRow[] }>('GET', query)
      const items = page.items.filter(
        (item) => session.user.role !== 'secretary' || item.unitId === session.user.unitId,
      )
      return { userId, token: session.token, items: items.map((item) => item.id) }
    }),
  )
  const usable = sessions.filter((writer) => writer.items.length > 0)
  if (usable.length === 0) throw new Error('no in-progress item to report on')
  // Each writer a session of its own, signed in through whichever instance nginx picks, as separate browsers are.
  return Promise.all(
    Array.from({ length: count }, async (_, n) => {
      const user = usable[n % usable.length]!
      return { ...user, token: (await signedIn(apiUrl, user.userId)).token }
    }),
  )
}

/** An error answer in a few words: the API's error code, or the title of nginx's HTML page. */
const briefly = (body: unknown) =>
  typeof body === 'string'
    ? (/<title>([^<]*)<\/title>/.exec(body)?.[1] ?? body.slice(0, 80))
    : JSON.stringify((body as { error?: { code?: string } } | null)?.error?.code ?? body).slice(0, 120)

export type Ack = { updateId: string; itemId: string; at: number }

export type LoadResult = {
  acked: Ack[]
  /** 409: the version a writer carried was stale (someone else wrote the item first); not committed. */
  conflicts: number
  /** Failed connections and 5xx (nginx's 502 for a request in flight on a killed instance); never acknowledged. */
  failed: number
  failures: string[]
  seconds: number
  updatesPerSecond: number
  /** GET /stats/summary through the same entry while the writers wrote, one at a time (when asked for). */
  stats?: { requests: number; p50: number; p99: number; max: number }
}

export type LoadOptions = {
  apiUrl: string
  writers: Writer[]
  seconds: number
  /** Marks the notes of this run, so that its rows can be told apart in the database. */
  tag: string
  /** A token to read the statistics with while writing (the bench's stats p99 under load). */
  statsToken?: string
  /** Called once, `at` seconds into the run (the test kills an instance there). */
  midway?: { at: number; run: () => Promise<void> }
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const started = performance.now()
  const deadline = started + options.seconds * 1000
  const result: LoadResult = { acked: [], conflicts: 0, failed: 0, failures: [], seconds: 0, updatesPerSecond: 0 }
  const failure = (what: string, reply: Reply) => {
    result.failed += 1
    if (result.failures.length < 20)
      result.failures.push(`${what}: ${reply.status} ${reply.error ?? briefly(reply.body)}`)
  }

  const write = async (writer: Writer, w: number) => {
    const client = new ApiClient(options.apiUrl, writer.token)
    const versions = new Map<string, number>()
    for (let n = 0; performance.now() < deadline; n += 1) {
      const itemId = writer.items[(w + n) % writer.items.length]!
      const path = `/items/${itemId}/updates`
      const reply = await client.call('POST', path, {
        kind: 'progress',
        progress: 10 + ((w + n) % 80),
        note: `${options.tag} ${w}-${n}`,
        ...(versions.has(itemId) ? { version: versions.get(itemId) } : {}),
      })
      if (reply.status === 201) {
        const body = reply.body as { update: { id: string }; item: { version: number } }
        result.acked.push({ updateId: body.update.id, itemId, at: performance.now() })
        versions.set(itemId, body.item.version)
      } else if (reply.status === 409) {
        result.conflicts += 1
        const current = await client.call('GET', `/items/${itemId}`)
        if (current.status === 200) versions.set(itemId, (current.body as { version: number }).version)
        else if (current.status === 0 || current.status >= 500) failure(`GET /items/${itemId}`, current)
        else throw new Error(`writer ${w}: GET /items/${itemId} answered ${current.status}`)
      } else if (reply.status === 0 || reply.status >= 500) failure(`POST ${path}`, reply)
      else
        throw new Error(
          `writer ${w} (${writer.userId}): POST ${path} answered ${reply.status} ${JSON.stringify(reply.body)}`,
        )
    }
  }

  const statsMs: number[] = []
  const readStats = async (token: string) => {
    const client = new ApiClient(options.apiUrl, token)
    while (performance.now() < deadline) {
      const reply = await client.call('GET', '/stats/summary')
      if (reply.status === 200) statsMs.push(reply.ms)
      else failure('GET /stats/summary', reply)
    }
  }

  const midway = options.midway
    ? new Promise<void>((resolve, reject) =>
        setTimeout(() => options.midway!.run().then(resolve, reject), options.midway!.at * 1000),
      )
    : Promise.resolve()
  await Promise.all([
    ...options.writers.map(write),
    ...(options.statsToken ? [readStats(options.statsToken)] : []),
    midway,
  ])
  result.seconds = (performance.now() - started) / 1000
  result.updatesPerSecond = round(result.acked.length / result.seconds)
  if (statsMs.length > 0)
    result.stats = {
      requests: statsMs.length,
      p50: round(percentile(statsMs, 50)),
      p99: round(percentile(statsMs, 99)),
      max: round(Math.max(...statsMs)),
    }
  return result
}
