import type { Plugin } from 'vite'

/**
 * An API on another origin (VITE_API_URL absolute) costs the first request a DNS/TCP/TLS setup after the
 * app's script has run; a preconnect in the page's head starts it with the HTML. Two: the CORS preflight
 * travels without credentials and the request itself with them, and Chromium keeps those sockets apart.
 */
export function apiPreconnect(): Plugin {
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
