// Screenshots for looking at what we build: `npm run shoot -- <path> [more paths…]`.
// Serves the built demo (run `npm run build` first) with `vite preview`, signs in as the user named by
// `AS` (default leader-1), and writes one PNG per path and viewport to shots/.
// SHOTS_DIR=<dir> writes there instead. OUT_DIR=<dir> serves a build made with `npx vite build --outDir <dir>` instead of dist/.
// VIEWPORTS="1280x800,1920x1080,390x844" (default: 1280x800). FULL=1 for full-page shots.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { preview } from 'vite'

const paths = process.argv.slice(2).filter((arg) => arg !== '--')
if (paths.length === 0) paths.push('/')
const viewports = (process.env.VIEWPORTS ?? '1280x800').split(',').map((size) => {
  const [width, height] = size.split('x').map(Number)
  return { width: width ?? 1280, height: height ?? 800 }
})
const as = process.env.AS ?? 'leader-1'
const wait = Number(process.env.WAIT ?? 2500)

const server = await preview({
  preview: { port: 0, host: '127.0.0.1' },
  build: { outDir: process.env.OUT_DIR ?? 'dist' },
  logLevel: 'silent',
})
const address = server.httpServer.address()
const port = typeof address === 'object' && address ? address.port : 4173
const baseUrl = `http://127.0.0.1:${port}`
const shotsDir = process.env.SHOTS_DIR ?? 'shots'
mkdirSync(shotsDir, { recursive: true })

for (const viewport of viewports) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'bsstzz-shoot-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  })
  const page = context.pages()[0] ?? (await context.newPage())
  page.on('pageerror', (error) => console.error('pageerror', error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') console.error('console', message.text())
  })
  for (const path of paths) {
    const target =
      path.startsWith('/sign-in') || as === 'none' ? path : `/sign-in?as=${as}&next=${encodeURIComponent(path)}`
    await page.goto(baseUrl + target)
    await page.waitForTimeout(wait)
    const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'root'}-${viewport.width}x${viewport.height}.png`
    await page.screenshot({ path: join(shotsDir, name), fullPage: process.env.FULL === '1' })
    console.log(join(shotsDir, name))
    if (process.env.FULL === '1') {
      // Full pages are too tall to look at in one image: also write them in slices of 1.5 screens.
      const height = await page.evaluate(
        () =>
          (globalThis as unknown as { document: { documentElement: { scrollHeight: number } } }).document
            .documentElement.scrollHeight,
      )
      const slice = Math.round(viewport.height * 1.5)
      for (let y = 0, part = 1; y < height; y += slice, part++) {
        const partName = name.replace(/\.png$/, `-part${part}.png`)
        await page.screenshot({
          path: join(shotsDir, partName),
          fullPage: true,
          clip: { x: 0, y, width: viewport.width, height: Math.min(slice, height - y) },
        })
        console.log(join(shotsDir, partName))
      }
    }
  }
  await context.close()
  rmSync(userDataDir, { recursive: true, force: true })
}
await server.close()
