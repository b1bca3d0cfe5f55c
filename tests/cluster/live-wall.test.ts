import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { databaseUrlFromEnv, startCluster, type Cluster } from '../../scripts/cluster/cluster'

// Issue 24's browser check: two people in two browsers, both through nginx in front of three instances. A
// write made in one browser is on the other's wall within a second (the live channel: SSE through the proxy,
// whichever instance either browser happens to reach), without a reload.

const root = fileURLToPath(new URL('../..', import.meta.url))
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
// The app as it ships (no mock, API on the same origin): the browser suite against the server builds the same.
const appDir = join(root, 'dist-server')

let cluster: Cluster
const profiles: string[] = []
const contexts: BrowserContext[] = []

beforeAll(async () => {
  if (!existsSync(join(appDir, 'index.html'))) {
    const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', appDir, '--emptyOutDir'], {
      cwd: root,
      // NODE_ENV is 'test' inside vitest: without production here, React would be its development build.
      env: { ...process.env, NODE_ENV: 'production', VITE_API_MOCKING: 'false', VITE_API_URL: '/api' },
      stdio: 'inherit',
    })
    if (built.status !== 0) throw new Error('the app build for the cluster failed')
  }
  cluster = await startCluster({ root, databaseUrl: databaseUrlFromEnv(), instances: 3, appDir })
}, 300_000)

afterAll(async () => {
  for (const context of contexts) await context.close()
  for (const profile of profiles) rmSync(profile, { recursive: true, force: true })
  await cluster?.stop()
})

async function browserAs(username: string): Promise<Page> {
  const profile = mkdtempSync(join(tmpdir(), 'bsstzz-cluster-'))
  profiles.push(profile)
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  })
  contexts.push(context)
  const page = context.pages()[0] ?? (await context.newPage())
  const site = cluster.apiUrl.replace(/\/api$/, '')
  await page.goto(`${site}/`)
  await page.getByLabel('用户名').fill(username)
  await page.getByLabel('密码').fill('demo')
  await page.getByRole('button', { name: '登录', exact: true }).click()
  await page.waitForURL((url) => url.pathname !== '/sign-in')
  return page
}

describe.runIf(existsSync(chromiumPath))('live pages through nginx', () => {
  it('shows a write made in one browser on another browser’s wall within a second', { timeout: 120_000 }, async () => {
    const leader = await browserAs('leader-1')
    const done = leader.getByRole('region', { name: '“双百”行动', exact: true }).getByRole('progressbar').first()
    await done.waitFor()
    const before = Number(await done.getAttribute('aria-valuenow'))

    // The leader's page notes the moment its figure changes (the page's clock, the machine's clock).
    await done.evaluate(
      (bar, expected) => {
        const page = window as unknown as { seenAt?: number }
        new MutationObserver(() => {
          if (bar.getAttribute('aria-valuenow') === expected) page.seenAt ??= Date.now()
        }).observe(bar, { attributes: true })
      },
      String(before + 1),
    )

    const supervisor = await browserAs('supervisor-1')
    // Through the app's own API in the supervisor's browser (its session cookie, its origin, nginx).
    const posted = await supervisor.evaluate(async () => {
      const list = await (await fetch('/api/items?list=double-hundred&status=in_progress&pageSize=1')).json()
      const item = list.items[0] as { id: string; version: number }
      const reply = await fetch(`/api/items/${item.id}/updates`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ kind: 'status', toStatus: 'done', note: '已完成，现场核实', version: item.version }),
      })
      return { status: reply.status, at: Date.now() }
    })
    expect(posted.status).toBe(201)
    await expect.poll(() => done.getAttribute('aria-valuenow'), { timeout: 5000 }).toBe(String(before + 1))
    const seenAt = await leader.evaluate(() => (window as unknown as { seenAt?: number }).seenAt)
    // From the moment the write was acknowledged to the figure on the other browser's wall: within a second.
    expect(seenAt! - posted.at).toBeLessThan(1000)
  })
})
