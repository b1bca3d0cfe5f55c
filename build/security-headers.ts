import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Plugin } from 'vite'

// The security headers of the app's HTML (issue 23). Its Content-Security-Policy allows no inline script but
// the ones the build itself wrote into index.html (the early-requests script, early-wall-requests.ts), each by
// its sha256 computed here from the HTML as built. The build writes them to `security-headers.json` beside
// index.html; `vite preview` sends them (the e2e suite and the benchmark serve the build that way), and a
// web server in front of the app sends the same (README, "Security headers").

export const securityHeadersFile = 'security-headers.json'

/** Every inline `<script>` (no `src`) of the HTML, as CSP source expressions `'sha256-…'`. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = []
  for (const match of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)) {
    const body = match[1] ?? ''
    if (body.trim() === '') continue
    hashes.push(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`)
  }
  return hashes
}

/**
 * The HTML's headers. Scripts: this origin and the hashed inline ones, never 'unsafe-inline' or eval. Styles
 * keep 'unsafe-inline': React sets style attributes (bars, chart sizes). `connect-src` adds the API's origin
 * when the build calls another one (VITE_API_URL). HSTS is the HTTPS server's to send, not the build's.
 */
export function appSecurityHeaders(hashes: readonly string[], apiOrigin?: string): Record<string, string> {
  const policy = [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${apiOrigin ? ` ${apiOrigin}` : ''}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
  return {
    'Content-Security-Policy': policy,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Cross-Origin-Opener-Policy': 'same-origin',
  }
}

function apiOriginOf(apiUrl: string | undefined): string | undefined {
  if (!apiUrl || !/^https?:\/\//i.test(apiUrl)) return undefined
  return new URL(apiUrl).origin
}

export function securityHeaders(): Plugin {
  let outDir = 'dist'
  let apiOrigin: string | undefined
  return {
    name: 'security-headers',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
      apiOrigin = apiOriginOf((config.env as Record<string, string | undefined>).VITE_API_URL)
    },
    // After index.html is written: hash its inline scripts as they are on disk.
    closeBundle() {
      const html = join(outDir, 'index.html')
      if (!existsSync(html)) return
      const headers = appSecurityHeaders(inlineScriptHashes(readFileSync(html, 'utf8')), apiOrigin)
      writeFileSync(join(outDir, securityHeadersFile), `${JSON.stringify(headers, null, 2)}\n`)
    },
    configurePreviewServer(server) {
      const file = join(resolve(server.config.root, server.config.build.outDir), securityHeadersFile)
      if (!existsSync(file)) return
      const headers = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>
      server.middlewares.use((_request, response, next) => {
        for (const [name, value] of Object.entries(headers)) response.setHeader(name, value)
        next()
      })
    },
  }
}
