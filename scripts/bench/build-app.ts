// The production app as a real deployment ships it: no mock, the API on the benchmark's server.
// Initial JavaScript per route is summed with the same rules as `npm run size` (scripts/bundle-size.ts):
// the entry chunk and the route's lazy chunk with everything either imports statically, gzip -9.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'vite'
import { chunkGraphPlugin, chunkOf, gzipBytes, staticClosure, type ChunkGraph } from '../bundle-size'

export type RouteJs = { route: string; source: string; gzipBytes: number; chunks: number }

/** Route path → its lazy module, as src/app/routes.tsx declares them (the ones the bench reports). */
export const routeModules: Record<string, string> = {
  '/': 'src/features/wall/wall-route.tsx',
  '/items': 'src/features/ledger/ledger-route.tsx',
  '/items/:itemId': 'src/features/item/item-route.tsx',
  '/supervision': 'src/features/supervision/supervision-route.tsx',
  '/my-unit': 'src/features/my-unit/my-unit-route.tsx',
  '/demands': 'src/features/demands/demands-route.tsx',
  '/report': 'src/features/report/report-route.tsx',
  '/screen': 'src/features/wall/screen-route.tsx',
  '/public': 'src/features/public-board/public-board-route.tsx',
  '/sign-in': 'src/features/session/sign-in-route.tsx',
}

export async function buildApp(
  root: string,
  outDir: string,
  apiUrl: string,
): Promise<{ routes: RouteJs[]; mockEmitted: string[] }> {
  // Vite reads VITE_* from process.env before any .env file.
  process.env.VITE_API_MOCKING = 'false'
  process.env.VITE_API_URL = apiUrl
  const graph: ChunkGraph = new Map()
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true }, plugins: [chunkGraphPlugin(graph)] })

  const entry = chunkOf(graph, 'entry')
  if (!entry) throw new Error('bench: the build has no entry chunk')
  const fromEntry = staticClosure(graph, entry.file)
  const routes = Object.entries(routeModules).flatMap(([route, source]) => {
    const chunk = chunkOf(graph, source)
    if (!chunk) return []
    const chunks = new Set([...fromEntry, ...staticClosure(graph, chunk.file)])
    const bytes = [...chunks].reduce((sum, file) => sum + gzipBytes(readFileSync(join(outDir, file))), 0)
    return [{ route, source, gzipBytes: bytes, chunks: chunks.size }]
  })
  const assets = join(outDir, 'assets')
  const mockEmitted = readdirSync(assets).filter(
    (file) => file.endsWith('.js') && readFileSync(join(assets, file), 'utf8').includes('setupWorker'),
  )
  return { routes, mockEmitted }
}
