import type { HtmlTagDescriptor, Plugin } from 'vite'

/**
 * The wall is the landing page ('/'), but its route chunk (and the chunks it imports) would only be requested
 * once the entry script has run. Preloading them from the HTML fetches them alongside the entry instead of
 * after it. Only preloads: nothing runs earlier, and the other routes load as before.
 */
export function preloadLandingRoute(source = 'src/features/wall/wall-route.tsx'): Plugin {
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
