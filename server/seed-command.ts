import { dateOf } from '@/domain/dates'
import { configFromEnv } from './config'
import { openDatabase } from './db/database'
import { migrate } from './db/migrate'
import { demoSeed, loadSeed } from './db/seed'

// `npm run server:seed`: migrates, then replaces all data with the demo campaign (SEED_SIZE=large for
// 50,000 双百 items). Only with DEMO=1 (the npm script sets it), never with NODE_ENV=production. Stop the server first when it uses the embedded database (one process per folder).

const options = configFromEnv()
if (process.env.NODE_ENV === 'production' || !options.seedWhenEmpty) {
  console.error(
    '[seed] refused: the demo campaign and its demo users are for the demo only (DEMO=1, never in production)',
  )
  process.exit(1)
}
const db = await openDatabase(options)
const applied = await migrate(db)
if (applied.length > 0) console.log(`[seed] migrations applied: ${applied.join(', ')}`)
await loadSeed(db, demoSeed(dateOf(new Date()), options.seedSize))
await db.close()
console.log(
  `[seed] loaded the ${options.seedSize} campaign into ${options.databaseUrl ? 'DATABASE_URL' : options.dataDir} (demo users' password: demo)`,
)
