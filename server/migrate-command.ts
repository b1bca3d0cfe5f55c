import { configFromEnv } from './config'
import { openDatabase } from './db/database'
import { migrate } from './db/migrate'

// `npm run server:migrate`: applies the versioned SQL files of server/migrations not applied yet.

const options = configFromEnv()
const db = await openDatabase(options)
const applied = await migrate(db)
await db.close()
console.log(applied.length > 0 ? `[migrate] applied: ${applied.join(', ')}` : '[migrate] up to date')
