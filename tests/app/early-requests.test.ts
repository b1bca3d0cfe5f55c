// @vitest-environment node
// (The plugin runs Vite's Node APIs, which do not work under jsdom; the page's globals are stubbed below instead.)
import { fileURLToPath } from 'node:url'
import { http, HttpResponse } from 'msw'
import type { ResolvedConfig } from 'vite'
import { getCampaign } from '@/api/campaign'
import { earlyRequestsGlobal } from '@/api/early-requests'
import { ApiError } from '@/api/errors'
import { getSession, signIn } from '@/api/session'
import { getSummary } from '@/api/stats'
import { cookieSessionMarker, tokenStorageKey } from '@/api/token-key'
import { listUnits } from '@/api/units'
import { earlyRequestsScript } from '../../build/early-requests-inline'
import { earlyWallRequests } from '../../build/early-wall-requests'
import { server } from '../../mocks/node'

const html = '<!doctype html><html><head><meta charset="UTF-8" /><title>t</title></head><body></body></html>'

/** index.html as the plugin leaves it in a build with these settings (the project's root and alias). */
async function transformed(env: Record<string, string>): Promise<string> {
  const plugin = earlyWallRequests()
  const configResolved = plugin.configResolved as (config: ResolvedConfig) => Promise<void>
  const root = fileURLToPath(new URL('../../', import.meta.url))
  const alias = [{ find: '@', replacement: `${root}src` }]
  await configResolved({ env, root, resolve: { alias } } as unknown as ResolvedConfig)
  const transform = plugin.transformIndexHtml as (html: string) => string
  return transform(html)
}

/** A page at `path` with its own storage (the client and the inline script read the same globals). */
function stubPage(path: string) {
  const stored = new Map<string, string>()
  const localStorage = {
    getItem: (key: string) => stored.get(key) ?? null,
    setItem: (key: string, value: string) => void stored.set(key, value),
    removeItem: (key: string) => void stored.delete(key),
  }
  const location = new URL(path, 'http://localhost:3000')
  vi.stubGlobal('location', location)
  vi.stubGlobal('localStorage', localStorage)
  vi.stubGlobal('window', globalThis)
}

/** Counts the requests that reach the (mock) server per path. */
function countRequests(): Map<string, number> {
  const seen = new Map<string, number>()
  const count = ({ request }: { request: Request }) => {
    const path = new URL(request.url).pathname
    seen.set(path, (seen.get(path) ?? 0) + 1)
  }
  server.use(
    http.get('*/api/session', count),
    http.get('*/api/campaign', count),
    http.get('*/api/stats/summary', count),
    http.get('*/api/units', count),
  )
  return seen
}

/** What the inline script does in the page. */
const runEarlyScript = () => void new Function(earlyRequestsScript('/api'))()
const earlyRequests = () => (globalThis as Record<string, unknown>)[earlyRequestsGlobal]

describe('the wall’s requests started with the HTML', () => {
  beforeEach(() => stubPage('/'))
  afterEach(() => {
    delete (globalThis as Record<string, unknown>)[earlyRequestsGlobal]
    vi.unstubAllGlobals()
  })

  it('injects its script only into builds without the mock, right after the charset', async () => {
    expect(await transformed({ VITE_API_MOCKING: 'true' })).toBe(html)
    expect(await transformed({})).toBe(html)
    const page = await transformed({ VITE_API_MOCKING: 'false', VITE_API_URL: 'https://api.example.com/api/' })
    expect(page).toMatch(/<meta charset="UTF-8" \/>\s*<script>\(function startEarlyRequests\(.*\);<\/script><title>/s)
    const args = JSON.stringify([
      'https://api.example.com/api',
      ['/session', '/campaign', '/stats/summary', '/units'],
      tokenStorageKey,
      earlyRequestsGlobal,
      cookieSessionMarker,
    ])
    expect(page).toContain(`(${args.slice(1, -1)});</script>`)
  })

  it('is a script of its own: nothing outside its source is in scope in the page', () => {
    const script = earlyRequestsScript('/api</script>')
    expect(() => new Function(script)).not.toThrow()
    expect(script).not.toContain('</script>')
    expect(script).not.toMatch(/\b(import|require|__vite|__name)\b/)
  })

  it('uses an early response once for the same URL, then fetches as usual', async () => {
    await signIn({ userId: 'leader-1' })
    const seen = countRequests()
    runEarlyScript()
    expect(Object.keys(earlyRequests() as object)).toEqual(
      ['/session', '/campaign', '/stats/summary', '/units'].map((path) => `http://localhost:3000/api${path}`),
    )
    expect((await getSession()).id).toBe('leader-1')
    expect((await getCampaign()).lists.length).toBeGreaterThan(0)
    expect((await listUnits()).items.length).toBeGreaterThan(0)
    expect(seen.get('/api/session')).toBe(1)
    expect(seen.get('/api/campaign')).toBe(1)
    expect(seen.get('/api/units')).toBe(1)

    expect((await getSession()).id).toBe('leader-1')
    expect(seen.get('/api/session')).toBe(2)
    // Another URL (the figures of another day) is fetched, not taken from the early summary.
    await getSummary('2026-06-30')
    expect(seen.get('/api/stats/summary')).toBe(2)
  })

  it('starts nothing when signed out, on another page or with an as-of date', async () => {
    const seen = countRequests()
    runEarlyScript()
    expect(earlyRequests()).toBeUndefined()
    await signIn({ userId: 'leader-1' })
    stubPage('/items')
    localStorage.setItem(tokenStorageKey, 'token')
    runEarlyScript()
    stubPage('/?asOf=2026-06-30')
    localStorage.setItem(tokenStorageKey, 'token')
    runEarlyScript()
    expect(earlyRequests()).toBeUndefined()
    expect(seen.size).toBe(0)
  })

  it('reports a failed early request as any failure, and the next call fetches again', async () => {
    await signIn({ userId: 'leader-1' })
    server.use(
      http.get(
        '*/api/campaign',
        () => HttpResponse.json({ error: { code: 'server_error', message: '服务器出错了' } }, { status: 500 }),
        { once: true },
      ),
    )
    runEarlyScript()
    const failure = await getCampaign().catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(ApiError)
    expect(failure).toMatchObject({ status: 500, message: '服务器出错了' })
    expect((await getCampaign()).lists.length).toBeGreaterThan(0)
  })

  it('does not use a response sent with another token', async () => {
    await signIn({ userId: 'leader-1' })
    runEarlyScript()
    await signIn({ userId: 'supervisor-1' })
    const seen = countRequests()
    expect((await getSession()).id).toBe('supervisor-1')
    expect(seen.get('/api/session')).toBe(1)
  })
})
