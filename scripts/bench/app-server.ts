// The built app and /api on one origin, as the product is deployed behind one web server: `vite preview`
// serving `OUT_DIR` on `PORT` and passing /api to the server on `API_PORT`. Run as its own process by
// bench-server.ts, so that the bench's own work (driving Chromium, Lighthouse reading its trace) does not
// hold up the requests it forwards.
import { preview } from 'vite'

const port = Number(process.env.PORT)
const apiPort = Number(process.env.API_PORT)
const outDir = process.env.OUT_DIR
if (!port || !apiPort || !outDir) throw new Error('app-server: PORT, API_PORT and OUT_DIR are required')

await preview({
  root: process.cwd(),
  logLevel: 'warn',
  preview: { port, host: '127.0.0.1', strictPort: true, proxy: { '/api': { target: `http://127.0.0.1:${apiPort}` } } },
  build: { outDir },
})
console.log(`app listening on ${port}`)
