import { fileURLToPath } from 'node:url'
import { runnerImport, type Plugin, type ResolvedConfig } from 'vite'
import type { earlyRequestsScript } from './early-requests-inline'

/** The inline script, built by early-requests-inline.ts in Vite's module runner with the project's alias. */
async function inlineScript(config: ResolvedConfig, apiBase: string): Promise<string> {
  const { module } = await runnerImport<{ earlyRequestsScript: typeof earlyRequestsScript }>(
    fileURLToPath(new URL('./early-requests-inline.ts', import.meta.url)),
    { root: config.root, logLevel: 'error', resolve: { alias: config.resolve.alias } },
  )
  return module.earlyRequestsScript(apiBase)
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
    async configResolved(config) {
      const env = config.env as Record<string, string | undefined>
      if (env.VITE_API_MOCKING !== 'false') return
      script = await inlineScript(config, (env.VITE_API_URL || '/api').replace(/\/+$/, ''))
    },
    // Before any stylesheet, which would hold an inline script back until it has loaded.
    transformIndexHtml: (html) =>
      script
        ? html.replace(/<meta charset="[^"]*"\s*\/?>/i, (meta) => `${meta}\n    <script>${script}</script>`)
        : html,
  }
}
