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
        const route = chunks.find((output) => output.facadeModuleId?.endsWith(source))
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
        const tags: HtmlTagDescriptor[] = []
        for (const file of files) {
          if (inEntry.has(file)) continue
          tags.push({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: '', href: `/${file}` }, injectTo: 'head' })
          for (const css of byFile.get(file)?.viteMetadata?.importedCss ?? []) tags.push({ tag: 'link', attrs: { rel: 'preload', as: 'style', href: `/${css}` }, injectTo: 'head' })
        }
        return tags
      },
    },
  }
}

export default defineConfig({
  plugins: [react(), apiPreconnect(), preloadLandingRoute()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
  build: { target: 'es2022', sourcemap: false },
  test: {
    globals: true,
    // 2-core machines: keep workers bounded so the seed isn't built many times over.
    maxWorkers: 2,
    // A ceiling for slow, busy machines, above findBy's 5 s (tests/setup.ts); no test waits for it.
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', setupFiles: ['./tests/setup.ts'], include: ['tests/{domain,seed,contract,mocks}/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'dom', environment: 'jsdom', setupFiles: ['./tests/setup.ts'], include: ['tests/app/**/*.test.{ts,tsx}', 'tests/features/**/*.test.{ts,tsx}'] },
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
