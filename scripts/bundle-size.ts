// `npm run size`: the performance budget of the wall. Builds the app as it ships to a real server
// (VITE_API_MOCKING=false) into a temporary folder and adds up, in gzip bytes, the JavaScript a browser
// must load before the wall can draw: the entry chunk, the wall route's lazy chunk, and every chunk
// either imports statically. Exits 1 over the budget, or when the build still emits the mock (msw).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'vite'

const budget = 150 * 1024
const wallRoute = 'src/features/wall/wall-route.tsx'

export type ManifestChunk = { file: string; name?: string; src?: string; isEntry?: boolean; imports?: string[]; css?: string[] }
export type Manifest = Record<string, ManifestChunk>

/** The chunk and everything it imports statically, transitively, in first-seen order. */
export function staticClosure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen
  const chunk = manifest[key]
  if (!chunk) throw new Error(`bundle-size: ${key} is not in the build manifest`)
  seen.add(key)
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, seen)
  return seen
}

export const gzipBytes = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

async function main() {
  const root = fileURLToPath(new URL('..', import.meta.url))
  const outDir = mkdtempSync(join(tmpdir(), 'bundle-size-'))
  try {
    // Vite reads VITE_* from process.env before any .env file, exactly as `VITE_API_MOCKING=false vite build`.
    process.env.VITE_API_MOCKING = 'false'
    await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true, manifest: true } })

    const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest
    const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry)
    if (!entry) throw new Error('bundle-size: the manifest has no entry chunk')
    const fromEntry = staticClosure(manifest, entry)
    const fromWall = staticClosure(manifest, wallRoute)

    const rows = [...new Set([...fromEntry, ...fromWall])].map((key) => {
      const chunk = manifest[key] as ManifestChunk
      const bytes = readFileSync(join(outDir, chunk.file))
      const loadedBy = fromEntry.has(key) ? 'entry' : 'wall route'
      return { chunk: chunk.file.replace(/^assets\//, ''), source: chunk.src ?? chunk.name ?? key, loadedBy, raw: bytes.length, gzip: gzipBytes(bytes) }
    })
    rows.sort((a, b) => b.gzip - a.gzip)
    const total = rows.reduce((sum, row) => sum + row.gzip, 0)

    console.log(`Initial JavaScript of the wall (VITE_API_MOCKING=false, gzip -9):\n`)
    console.table(rows.map((row) => ({ chunk: row.chunk, source: row.source, 'loaded by': row.loadedBy, raw: kb(row.raw), gzip: kb(row.gzip), 'gzip bytes': row.gzip })))
    console.log(`\nTotal: ${total} bytes = ${kb(total)} gzip; budget ${budget} bytes = ${kb(budget)}; ${budget - total >= 0 ? `${kb(budget - total)} left` : `${kb(total - budget)} over`}.`)
    // For the record, not the budget: the CSS the same chunks bring along.
    const css = new Set([...fromEntry, ...fromWall].flatMap((key) => manifest[key]?.css ?? []))
    const cssGzip = [...css].reduce((sum, file) => sum + gzipBytes(readFileSync(join(outDir, file))), 0)
    console.log(`CSS loaded with them (not counted): ${cssGzip} bytes = ${kb(cssGzip)} gzip in ${css.size} files.`)

    const assets = join(outDir, 'assets')
    const withMock = readdirSync(assets).filter((file) => file.endsWith('.js') && readFileSync(join(assets, file), 'utf8').includes('setupWorker'))
    let failed = false
    if (withMock.length > 0) {
      console.error(`The build without the mock still emits msw: ${withMock.join(', ')}.`)
      failed = true
    }
    if (total > budget) {
      console.error(`Over the budget by ${total - budget} bytes.`)
      failed = true
    }
    process.exitCode = failed ? 1 : 0
  } finally {
    rmSync(outDir, { recursive: true, force: true })
  }
}

// Run as `npm run size`; imported by the benchmark (scripts/bench/) for the same sums per route.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main()
