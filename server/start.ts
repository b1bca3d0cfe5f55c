import type { AddressInfo } from 'node:net'
import { serve, type ServerType } from '@hono/node-server'
import { dateOf } from '@/domain/dates'
import type { SeedSize } from '@/core/seed/create-seed'
import { createApp } from './app'
import { IntakeGuard } from '@/core/intake-guard'
import { prewarmQueries } from '@/core/read-model/prewarm'
import { backendClock, type Backend, type ServerOptions } from './context'
import { openDatabase, type Database } from './db/database'
import { migrate } from './db/migrate'
import { demoHashes, demoSeed, isEmpty, loadSeed, loadSkeleton, restoreSnapshot, takeSnapshot } from './db/seed'
import { campaignSkeleton } from '@/core/seed/skeleton'
import { pgStore } from './store/pg-store'
import { withStaticApp } from './static-app'
import { signInThrottle } from './auth/sign-in-throttle'
import { changesChannel, currentSeq } from './cluster/change-log'
import { runDaily } from './cluster/daily'

export type StartOptions = ServerOptions & {
  port: number
  host: string
  databaseUrl?: string | undefined
  /** The embedded database's folder; null keeps it in memory (tests). */
  dataDir: string | null
  /** Seed an empty database with the demo campaign at start (DEMO=1); otherwise it gets the campaign skeleton. */
  seedWhenEmpty: boolean
  seedSize: SeedSize
  /** The built app to serve beside /api on one origin (APP_DIR), if any. */
  appDir?: string | undefined
  log?: (line: string) => void
}

export type RunningServer = { url: string; backend: Backend; close: () => Promise<void> }

/** Opens (and migrates) the database, seeds it when empty, loads the read model. */
export async function openBackend(options: StartOptions): Promise<Backend> {
  const log = options.log ?? (() => undefined)
  const db: Database = await openDatabase(options)
  const applied = await migrate(db)
  if (applied.length > 0) log(`migrations applied: ${applied.join(', ')}`)
  // The test hook re-seeds from one in-memory copy: building it and hashing passwords happen once.
  let seedCache: { day: string; data: ReturnType<typeof demoSeed>; hashes: Map<string, string> } | undefined
  const seedNow = async () => {
    const today = dateOf(new Date())
    if (seedCache?.day !== today) {
      const data = demoSeed(today, options.seedSize)
      seedCache = { day: today, data, hashes: await demoHashes(data) }
    }
    await loadSeed(db, seedCache.data, seedCache.hashes)
  }
  if (await isEmpty(db)) {
    if (options.seedWhenEmpty) {
      await seedNow()
      log(`empty database: seeded the ${options.seedSize} campaign (demo users' password: demo)`)
    } else {
      await writeSkeleton(db)
      log(
        'empty database: wrote the campaign, its lists and the units; create the first administrator with `npm run admin -- create-admin`',
      )
    }
  }
  const store = await pgStore(db, options)
  const read = store.read
  const today = dateOf(new Date())
  // Every item's view (and its replayed history, which the statistics reuse) before the first request:
  // at 50,000 items the first ledger or wall would otherwise wait seconds for it.
  read.allViews(today)
  // Today's statistics too: counted in full once here, then kept up to date per write (stats-tally.ts).
  read.statsToday(today)
  // The ledger's default order, its free-text index and every query path, compiled (prewarm.ts).
  const warm = prewarmQueries(read, today)
  log(
    `item queries warmed in ${Math.round(warm.ms)} ms (free-text index: ${warm.postings.toLocaleString('en')} postings)`,
  )
  const clock = backendClock()
  const guard = new IntakeGuard()
  let snapshot = false
  const backend: Backend = {
    db,
    store,
    read,
    options,
    ...clock,
    core: {
      store,
      now: clock.now,
      random: Math.random,
      guard,
      signInThrottle: signInThrottle(db, options.signInPolicy),
    },
    async reseed() {
      store.sessionCache.clear()
      if (options.testHooks && seedCache) {
        // Between tests: the seeded rows from the copy kept in the database, the read model from memory.
        if (!snapshot) await takeSnapshot(db)
        snapshot = true
        await restoreSnapshot(db)
        read.fill(structuredClone(seedCache.data))
        read.seq = await currentSeq(db)
      } else {
        await seedNow()
        await store.reload()
      }
      guard.clear()
    },
  }
  return backend
}

/** A real deployment's first start: the campaign skeleton (src/core/seed/skeleton.ts), no people, no items. */
export async function writeSkeleton(db: Database): Promise<void> {
  await loadSkeleton(db, campaignSkeleton(dateOf(new Date())))
}

/**
 * What a running instance does beside answering: follow the other instances' writes, and every ten minutes see
 * whether the day changed: then claim the day's housekeeping (one instance runs it) and warm this instance's
 * read model for the new day (every instance holds its own), so no request pays for either.
 */
function clusterDuties(backend: Backend, log: (line: string) => void): () => Promise<void> {
  backend.store.follower.start(changesChannel)
  const instance = `${process.pid}@${Math.random().toString(36).slice(2, 8)}`
  let claimed = ''
  let warmed = backend.today()
  const tick = async () => {
    const now = backend.now()
    const today = dateOf(now)
    if (today !== warmed) {
      warmed = today
      prewarmQueries(backend.read, today)
    }
    if (today === claimed) return
    const ran = await runDaily(backend.db, instance, now).catch(() => null)
    if (ran === null) return
    claimed = today
    if (ran.length > 0) log(`daily housekeeping for ${today}: ${ran.join(', ')}`)
  }
  void tick()
  const timer = setInterval(() => void tick(), 10 * 60 * 1000)
  timer.unref()
  return async () => {
    clearInterval(timer)
    await backend.store.follower.stop()
  }
}

export async function startServer(options: StartOptions): Promise<RunningServer> {
  const backend = await openBackend(options)
  const stopDuties = clusterDuties(backend, options.log ?? (() => undefined))
  const app = createApp(backend)
  const server: ServerType = await new Promise((resolve) => {
    const fetch = options.appDir ? withStaticApp(app.fetch, options.appDir, { hsts: options.secureCookies }) : app.fetch
    const s = serve({ fetch, port: options.port, hostname: options.host }, () => resolve(s))
  })
  const address = server.address() as AddressInfo
  const url = `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${address.port}/api`
  return {
    url,
    backend,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      // Open event streams end with the duties; idle keep-alive connections are dropped.
      await stopDuties()
      if ('closeIdleConnections' in server) server.closeIdleConnections()
      await closed
      await backend.db.close()
    },
  }
}
