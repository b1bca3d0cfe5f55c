import { fileURLToPath } from 'node:url'
import { isDeepStrictEqual } from 'node:util'
import { dateOf } from '@/domain/dates'
import { tallySummary } from '@/domain/stats-tally'
import { ReadModel } from '@/core/read-model/read-model'
import { openPostgres, type Database } from '../../server/db/database'
import { loadReadModel } from '../../server/store/pg-store'
import { databaseUrlFromEnv, startCluster, type Cluster } from '../../scripts/cluster/cluster'
import { ApiClient, prepareWriters, runLoad, signedIn, type LoadResult } from '../../scripts/cluster/cluster-load'
import type { Instance } from '../../scripts/cluster/instances'

// Issue 24: three instances of the built server on one PostgreSQL behind nginx (scripts/cluster/). Writers go
// through nginx; what they were acknowledged is then looked for in the database itself, and every instance,
// asked on its own port, must answer the statistics the database holds.

const root = fileURLToPath(new URL('../..', import.meta.url))
const writers = 32
let cluster: Cluster
let db: Database
let leaderToken: string

beforeAll(async () => {
  const databaseUrl = databaseUrlFromEnv()
  cluster = await startCluster({ root, databaseUrl, instances: 3, log: (line) => console.log(`[cluster] ${line}`) })
  // node-postgres straight to the database, beside the instances: the source of truth they are checked against.
  db = openPostgres(databaseUrl)
  leaderToken = (await signedIn(cluster.apiUrl, 'leader-1')).token
})

afterAll(async () => {
  await db?.close()
  await cluster?.stop()
})

afterEach(({ task }) => {
  if (task.result?.state === 'fail') console.log(`the instances' logs:\n${cluster.logs()}`)
})

/** Each item's version in the database now. */
async function versions(ids: Iterable<string>): Promise<Map<string, number>> {
  const { rows } = await db.query<{ id: string; version: number }>('SELECT id, version FROM items WHERE id = ANY($1)', [
    [...new Set(ids)],
  ])
  return new Map(rows.map((row) => [row.id, Number(row.version)]))
}

/** The update rows a run wrote (its tag starts every note). */
async function rowsOf(tag: string) {
  const { rows } = await db.query<{ id: string; item_id: string; note: string }>(
    'SELECT id, item_id, note FROM updates WHERE note LIKE $1',
    [`${tag} %`],
  )
  return rows
}

/**
 * The summary counted again from the database: a read model of its own loaded from the tables, and the
 * function GET /stats/summary answers today with (getSummaryCase: the tally of today's statistics). A fresh
 * load rather than a fourth instance: the same figures, without another process to start.
 */
async function recount(): Promise<unknown> {
  const read = new ReadModel()
  await loadReadModel(db, read)
  const today = dateOf(new Date())
  return tallySummary(read.campaign, read.statsToday(today))
}

type Sample = { at: number; summary: unknown }

/**
 * Each instance's summary, asked on its own port over and over until `until` (ms, performance.now()). The
 * recount runs meanwhile, so its own time does not count against the instances. The client never sends
 * x-seen-seq: an instance is to follow the database by itself.
 */
async function sampleSummaries(instances: Instance[], until: number): Promise<Sample[][]> {
  return Promise.all(
    instances.map(async (instance) => {
      const client = new ApiClient(instance.apiUrl, leaderToken)
      const samples: Sample[] = []
      do {
        client.seq = 0
        samples.push({ summary: await client.ok('GET', '/stats/summary'), at: performance.now() })
        await new Promise((resolve) => setTimeout(resolve, 20))
      } while (performance.now() < until)
      return samples
    }),
  )
}

/** Every instance's last answer within 1 s of the last acknowledged write equals the recount. */
async function expectInstancesCaughtUp(instances: Instance[], lastWrite: number) {
  const [samples, expected] = await Promise.all([sampleSummaries(instances, lastWrite + 1000), recount()])
  instances.forEach((instance, n) => {
    const within = samples[n]!.filter((sample) => sample.at <= lastWrite + 1000)
    const first = samples[n]!.find((sample) => isDeepStrictEqual(sample.summary, expected))
    console.log(
      `${instance.name}: equal to the recount ${first ? `${Math.round(first.at - lastWrite)} ms` : 'never'} after the last write`,
    )
    expect(within.length, `${instance.name} answered within 1 s`).toBeGreaterThan(0)
    expect(within.at(-1)!.summary, `${instance.name} 1 s after the last write`).toEqual(expected)
  })
}

const lastAck = (result: LoadResult) => Math.max(...result.acked.map((ack) => ack.at))

/** Every acknowledged update is a row; each item's version grew by exactly its rows of the run. */
async function expectNothingLost(tag: string, result: LoadResult, before: Map<string, number>) {
  const rows = await rowsOf(tag)
  const stored = new Set(rows.map((row) => row.id))
  expect(result.acked.filter((ack) => !stored.has(ack.updateId))).toEqual([])
  // A POST is never sent twice (nginx passes on only what never reached an instance): no note twice.
  expect(new Set(rows.map((row) => row.note)).size).toBe(rows.length)
  const perItem = new Map<string, number>()
  for (const row of rows) perItem.set(row.item_id, (perItem.get(row.item_id) ?? 0) + 1)
  const after = await versions(before.keys())
  for (const [id, version] of before)
    expect({ id, version: after.get(id) }).toEqual({ id, version: version + (perItem.get(id) ?? 0) })
  return rows
}

const itemsOf = (all: { items: string[] }[]) => all.flatMap((writer) => writer.items)

describe(`${writers} writers for 10 s through nginx over three instances`, () => {
  let result: LoadResult
  let before: Map<string, number>
  let caughtUp: Promise<void>

  beforeAll(async () => {
    const team = await prepareWriters(cluster.apiUrl, writers)
    before = await versions(itemsOf(team))
    result = await runLoad({ apiUrl: cluster.apiUrl, writers: team, seconds: 10, tag: 'cluster-a' })
    console.log(
      `${result.acked.length} updates acknowledged (${result.updatesPerSecond}/s), ${result.conflicts} conflicts (409, read again), ${result.failed} failed ${result.failures.join('; ')}`,
    )
    // At once, while the last write is fresh; the test below awaits it.
    caughtUp = expectInstancesCaughtUp(cluster.instances, lastAck(result))
    caughtUp.catch(() => undefined)
  }, 60_000)

  it('loses no acknowledged update and commits nothing it did not acknowledge', async () => {
    expect(result.acked.length).toBeGreaterThan(100)
    // No instance went away, so every request has its answer: a 502 here is a proxy problem (nginx reusing a
    // keep-alive connection the instance was closing), a 503 an instance that could not catch up.
    expect(result.failures).toEqual([])
    const rows = await expectNothingLost('cluster-a', result, before)
    // With every request answered, each committed row was acknowledged, and each item's final version is its
    // version before plus the writes acknowledged on it.
    expect(rows.length).toBe(result.acked.length)
  })

  it('within 1 s of the last write, every instance answers the summary counted from the database', async () => {
    await caughtUp
  })
})

describe('one instance killed -9 while 32 writers write, then started again', () => {
  let result: LoadResult
  let before: Map<string, number>
  let killedAt = 0
  const victim = () => cluster.instances[1]!

  beforeAll(async () => {
    const team = await prepareWriters(cluster.apiUrl, writers)
    before = await versions(itemsOf(team))
    result = await runLoad({
      apiUrl: cluster.apiUrl,
      writers: team,
      seconds: 8,
      tag: 'cluster-b',
      midway: {
        at: 4,
        run: async () => {
          killedAt = performance.now()
          await victim().crash()
        },
      },
    })
    console.log(
      `${result.acked.length} updates acknowledged, ${result.conflicts} conflicts, ${result.failed} requests failed around the kill (not acknowledged): ${result.failures.slice(0, 5).join('; ')}`,
    )
  }, 60_000)

  it('loses no acknowledged update, and the other instances keep answering through nginx', async () => {
    expect(killedAt).toBeGreaterThan(0)
    const rows = await expectNothingLost('cluster-b', result, before)
    // A write in flight on the killed instance may have committed without its answer: never the reverse.
    expect(rows.length).toBeGreaterThanOrEqual(result.acked.length)
    const afterKill = result.acked.filter((ack) => ack.at > killedAt + 500).length
    console.log(`${afterKill} updates acknowledged from 0.5 s after the kill to the end`)
    expect(afterKill).toBeGreaterThan(20)
    expect(await new ApiClient(cluster.apiUrl, leaderToken).call('GET', '/stats/summary')).toMatchObject({
      status: 200,
    })
  })

  it('started again, the killed instance catches up with what was written meanwhile and after', async () => {
    const started = performance.now()
    await victim().restart()
    console.log(`${victim().name} listening again in ${Math.round(performance.now() - started)} ms`)
    const team = await prepareWriters(cluster.apiUrl, writers)
    const more = await runLoad({ apiUrl: cluster.apiUrl, writers: team, seconds: 2, tag: 'cluster-c' })
    expect(more.failures).toEqual([])
    await expectInstancesCaughtUp(cluster.instances, lastAck(more))
  })
})
