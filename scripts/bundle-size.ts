// `npm run size`: the performance budget of the wall. Builds the app as it ships to a real server
// (VITE_API_MOCKING=false) into a temporary folder and adds up, in gzip bytes, the JavaScript a browser
// must load before the wall can draw: the entry chunk, the wall route's lazy chunk, and every chunk
// either imports statically. Exits 1 over the budget, or when the build still emits the mock (msw).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build, type Plugin } from 'vite'

const budget = 150 * 1024
const wallRoute = 'src/features/wall/wall-route.tsx'

/** A built chunk as the bundler emitted it: its static imports, the modules it holds and its stylesheets. */
export type BuiltChunk = {
  file: string
  name: string
  isEntry: boolean
  imports: string[]
  moduleIds: string[]
  css: string[]
}
/** Chunk file → chunk. Read from the bundle itself: the build groups modules into named chunks
 *  (build/landing-chunks.ts), so a route's module is not always the face of a chunk of its own. */
export type ChunkGraph = Map<string, BuiltChunk>

/** A plugin that fills `graph` with the build's chunks. */
export function chunkGraphPlugin(graph: ChunkGraph): Plugin {
  return {
    name: 'chunk-graph',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue
        const css = [...(output.viteMetadata?.importedCss ?? [])]
        graph.set(output.fileName, {
          file: output.fileName,
          name: output.name,
          isEntry: output.isEntry,
          imports: [...output.imports],
          moduleIds: [...output.moduleIds],
          css,
        })
      }
    },
  }
}

/** The chunk holding `source` (a path from the project root), or the entry chunk for 'entry'. */
export function chunkOf(graph: ChunkGraph, source: string | 'entry'): BuiltChunk | undefined {
  const chunks = [...graph.values()]
  if (source === 'entry') return chunks.find((chunk) => chunk.isEntry)
  return chunks.find((chunk) => chunk.moduleIds.some((id) => id.replace(/\\/g, '/').endsWith(`/${source}`)))
}

/** The chunk and everything it imports statically, transitively, in first-seen order. */
export function staticClosure(graph: ChunkGraph, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen
  if (!graph.has(file)) throw new Error(`bundle-size: ${file} is not a chunk of the build`)
  seen.add(file)
  for (const imported of graph.get(file)?.imports ?? []) staticClosure(graph, imported, seen)
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
    const graph: ChunkGraph = new Map()
    await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true }, plugins: [chunkGraphPlugin(graph)] })

    const entry = chunkOf(graph, 'entry')
    const wall = chunkOf(graph, wallRoute)
    if (!entry || !wall) throw new Error(`bundle-size: no ${entry ? wallRoute : 'entry'} chunk in the build`)
    const fromEntry = staticClosure(graph, entry.file)
    const fromWall = staticClosure(graph, wall.file)

    const rows = [...new Set([...fromEntry, ...fromWall])].map((file) => {
      const chunk = graph.get(file) as BuiltChunk
      const bytes = readFileSync(join(outDir, chunk.file))
      const loadedBy = fromEntry.has(file) ? 'entry' : 'wall route'
      return {
        chunk: chunk.file.replace(/^assets\//, ''),
        source: chunk.name,
        loadedBy,
        raw: bytes.length,
        gzip: gzipBytes(bytes),
      }
    })
    rows.sort((a, b) => b.gzip - a.gzip)
    const total = rows.reduce((sum, row) => sum + row.gzip, 0)

    console.log(`Initial JavaScript of the wall (VITE_API_MOCKING=false, gzip -9):\n`)
    console.table(
      rows.map((row) => ({
        chunk: row.chunk,
        source: row.source,
        'loaded by': row.loadedBy,
        raw: kb(row.raw),
        gzip: kb(row.gzip),
        'gzip bytes': row.gzip,
      })),
    )
    console.log(
      `\nTotal: ${total} bytes = ${kb(total)} gzip; budget ${budget} bytes = ${kb(budget)}; ${budget - total >= 0 ? `${kb(budget - total)} left` : `${kb(total - budget)} over`}.`,
    )
    // For the record, not the budget: the CSS the same chunks bring along.
    const css = new Set([...fromEntry, ...fromWall].flatMap((file) => graph.get(file)?.css ?? []))
    const cssGzip = [...css].reduce((sum, file) => sum + gzipBytes(readFileSync(join(outDir, file))), 0)
    console.log(`CSS loaded with them (not counted): ${cssGzip} bytes = ${kb(cssGzip)} gzip in ${css.size} files.`)

    const assets = join(outDir, 'assets')
    const withMock = readdirSync(assets).filter(
      (file) => file.endsWith('.js') && readFileSync(join(assets, file), 'utf8').includes('setupWorker'),
    )
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
