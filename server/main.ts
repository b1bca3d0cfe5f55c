import { configFromEnv } from './config'
import { startServer } from './start'

// `npm run server`: the contract on PORT (8787) with the embedded database in DATA_DIR (.data/),
// or PostgreSQL at DATABASE_URL. An empty database gets the demo campaign with DEMO=1 (`npm run server` sets
// it), otherwise the campaign skeleton (issue 23). Built into dist-server-node/main.js for `npm start`.

const options = configFromEnv()
const log = (line: string) => console.log(`[server] ${line}`)
const server = await startServer({ ...options, log })
log(
  `listening on ${server.url} (${options.databaseUrl ? 'PostgreSQL at DATABASE_URL' : `embedded PGlite in ${options.dataDir}`})` +
    (options.appDir ? `; the app from ${options.appDir} at ${server.url.replace(/\/api$/, '/')}` : ''),
)

let closing = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) return
    closing = true
    log('shutting down')
    void server.close().then(() => process.exit(0))
  })
}
