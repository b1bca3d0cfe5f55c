import { fileURLToPath, URL } from 'node:url'
import react from '@vitejs/plugin-react'
import type { HtmlTagDescriptor, Plugin } from 'vite'
import { defineConfig } from 'vitest/config'

/**
 * An API on another origin (VITE_API_URL absolute) costs the first request a DNS/TCP/TLS setup after the
 * app's script has run; a preconnect in the page's head starts it with the HTML. Two: the CORS preflight
 * travels without credentials and the request itself with them, and Chromium keeps those sockets apart.
 */
function apiPreconnect(): Plugin {
  let origin: string | undefined
  return {
    name: 'api-preconnect',
    configResolved(config) {
      const url = config.env.VITE_API_URL as string | undefined
      origin = url && /^https?:\/\//i.test(url) ? new URL(url).origin : undefined
    },
    transformIndexHtml: () =>
      origin
        ? [
            { tag: 'link', attrs: { rel: 'preconnect', href: origin }, injectTo: 'head' },
            { tag: 'link', attrs: { rel: 'preconnect', href: origin, crossorigin: '' }, injectTo: 'head' },
          ]
        : [],
  }
}

/**
 * The source of index.html's inline script that starts the wall's first requests (session check, campaign,
 * headline figures, and the unit names the parts below the figures show) with the HTML, as src/api/http.ts
 * would send them: the same URLs (`apiBase` is the build's
 * VITE_API_URL; no user text reaches the script) and headers. Only on the wall ('/') without `?asOf=` (the
 * figures' URL differs then) and only when signed in. Each request is kept with its token under the global
 * src/api/early-requests.ts reads; the token's storage key is src/api/token-key.ts's (a test checks both).
 * A failed request is left for the client to report as any failure. The unit names are asked for here rather
 * than once the figures are drawn: their answer is not read (nor parsed) before the page asks for it, and
 * asked for later it was one more round trip after the figures' (Lighthouse's LCP, simulated on a phone's
 * network, counted it: median 2.26 → 2.12 s over 7 audits each).
 */
export function earlyRequestsScript(apiBase: string): string {
  return [
    '(function(){try{',
    "if(location.pathname!=='/'||new URLSearchParams(location.search).has('asOf'))return;",
    "var t=localStorage.getItem('bsstzz.session');if(!t)return;",
    `var b=${JSON.stringify(apiBase)},e=window.__bsstzzEarlyRequests={};`,
    "['/session','/campaign','/stats/summary','/units'].forEach(function(p){",
    'var u=new URL(b+p,location.origin).href;',
    "var r=fetch(u,{method:'GET',headers:{Accept:'application/json',Authorization:'Bearer '+t},credentials:'include'});",
    'r.catch(function(){});e[u]={token:t,response:r};',
    '});}catch(x){}})();',
  ].join('')
}

/**
 * The wall's figures wait for HTML → entry script → its evaluation → the route loaders' requests. An inline
 * script right after the charset starts those requests with the HTML instead; src/api/http.ts takes each
 * answer once for the same URL (src/api/early-requests.ts). Only without the mock: in mock builds the msw
 * worker is not ready yet, and nothing is injected.
 */
export function earlyWallRequests(): Plugin {
  let script: string | undefined
  return {
    name: 'early-wall-requests',
    configResolved(config) {
      const env = config.env as Record<string, string | undefined>
      script =
        env.VITE_API_MOCKING === 'false'
          ? earlyRequestsScript((env.VITE_API_URL || '/api').replace(/\/+$/, ''))
          : undefined
    },
    // Before any stylesheet, which would hold an inline script back until it has loaded.
    transformIndexHtml: (html) =>
      script
        ? html.replace(/<meta charset="[^"]*"\s*\/?>/i, (meta) => `${meta}\n    <script>${script}</script>`)
        : html,
  }
}

/**
 * The wall is the landing page ('/'), but its route chunk (and the ~20 small chunks it imports) would only
 * be requested once the entry script has run. Preloading them from the HTML fetches them alongside the
 * entry instead of after it. Only preloads: nothing runs earlier, and the other routes load as before.
 */
function preloadLandingRoute(source = 'src/features/wall/wall-route.tsx'): Plugin {
  return {
    name: 'preload-landing-route',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk: entry }) {
        if (!bundle || !entry) return []
        const chunks = Object.values(bundle).filter((output) => output.type === 'chunk')
        const route = chunks.find((output) => output.moduleIds.some((id) => id.endsWith(source)))
        if (!route) return []
        const byFile = new Map(chunks.map((output) => [output.fileName, output]))
        const inEntry = new Set<string>()
        const closure = (file: string, into: Set<string>) => {
          if (into.has(file)) return
          into.add(file)
          for (const imported of byFile.get(file)?.imports ?? []) closure(imported, into)
        }
        closure(entry.fileName, inEntry)
        const files = new Set<string>()
        closure(route.fileName, files)
        // CSS preloads carry `crossorigin` as the stylesheet links Vite inserts when the route loads do: a
        // preload in another mode is not reused, and each stylesheet would be requested twice.
        const tags: HtmlTagDescriptor[] = []
        for (const file of files) {
          if (inEntry.has(file)) continue
          tags.push({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: '', href: `/${file}` },
            injectTo: 'head',
          })
          for (const css of byFile.get(file)?.viteMetadata?.importedCss ?? [])
            tags.push({
              tag: 'link',
              attrs: { rel: 'preload', as: 'style', crossorigin: '', href: `/${css}` },
              injectTo: 'head',
            })
        }
        return tags
      },
    },
  }
}

type ModuleGraph = { getModuleInfo(id: string): { importedIds: readonly string[] } | null }

/**
 * The wall is the landing page: before it can draw, a browser needs the entry, everything the entry imports
 * statically and the wall route with its static imports. Left to itself the bundler splits those into ~20
 * chunks of a few hundred bytes each (each shared with some other route), and on a phone's network every
 * one is a request of its own, six at a time over HTTP/1.1. Grouped here instead: the entry's static imports
 * and the shared code (components, lib, api, domain) the wall imports into one `app` chunk, the wall's own
 * modules into one `wall` chunk. Every other route still loads lazily, as before.
 */
export function landingChunks(root: string, wallRoute = 'src/features/wall/wall-route.tsx') {
  const closures = new WeakMap<object, { initial: Set<string>; wall: Set<string> }>()
  const closure = (graph: ModuleGraph, start: string) => {
    const seen = new Set<string>()
    const stack = [start]
    while (stack.length > 0) {
      const id = stack.pop() as string
      if (seen.has(id)) continue
      seen.add(id)
      stack.push(...(graph.getModuleInfo(id)?.importedIds ?? []))
    }
    return seen
  }
  const wallFeature = /[\\/]src[\\/]features[\\/]wall[\\/]/
  return {
    groups: [
      {
        name(id: string, graph: ModuleGraph) {
          let sets = closures.get(graph)
          if (!sets) {
            sets = { initial: closure(graph, `${root}src/main.tsx`), wall: closure(graph, `${root}${wallRoute}`) }
            closures.set(graph, sets)
          }
          if (sets.initial.has(id)) return 'app'
          if (sets.wall.has(id)) return wallFeature.test(id) ? 'wall' : 'app'
          return null
        },
      },
    ],
  }
}

export default defineConfig({
  plugins: [react(), apiPreconnect(), earlyWallRequests(), preloadLandingRoute()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: { output: { codeSplitting: landingChunks(fileURLToPath(new URL('./', import.meta.url))) } },
  },
  test: {
    globals: true,
    // 2-core machines: keep workers bounded so the seed isn't built many times over.
    maxWorkers: 2,
    // A ceiling for slow, busy machines, above findBy's 5 s (tests/setup.ts); no test waits for it.
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          setupFiles: ['./tests/setup.ts'],
          include: ['tests/{domain,lib,seed,contract,mocks}/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          setupFiles: ['./tests/setup.ts'],
          include: ['tests/app/**/*.test.{ts,tsx}', 'tests/features/**/*.test.{ts,tsx}'],
        },
      },
      {
        // The same contract suite against the real server (server/) with its embedded database;
        // one file at a time, since the tests share that server and each starts by re-seeding it.
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          globalSetup: ['./tests/server/global-setup.ts'],
          setupFiles: ['./tests/server/setup.ts'],
          include: ['tests/contract/**/*.test.ts', 'tests/server/**/*.test.ts'],
          exclude: ['tests/contract/openapi.test.ts'],
          fileParallelism: false,
        },
      },
    ],
  },
})
