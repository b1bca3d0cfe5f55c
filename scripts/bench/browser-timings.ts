// What a person waits for, measured in Debian Chromium against the production build pointed at the
// real server: wall figures and charts, the ledger's first rows, filtering and scrolling, and the item
// page's "report progress". Times are read inside the page (performance.now(), from navigation start).
import { chromium, type Browser, type Page } from 'playwright-core'
import { median, percentile, round } from './measure'

// The flags of the browser suite (tests/e2e/browser.ts).
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export type BrowserResults = {
  wallFiguresMs: number
  wallChartsMs: number
  ledgerFirstRowsMs: number
  /** Longest keystroke in the search box, input to next paint (Event Timing). */
  typingMs: number
  /** Enter in the search box → the filtered rows on screen. */
  filterMs: number
  /** A status filter ticked → the filtered rows on screen. */
  choiceFilterMs: number
  /** "Next page" → the next 50 of the 50,000 on screen. */
  pageTurnMs: number
  scroll: { frames: number; fps: number; p95FrameMs: number; longFrames: number }
  /** "Submit progress" clicked → the item page shows the new progress. */
  interactionMs: number
  ledgerTotal: number
}

const tokenKey = 'bsstzz.session' // src/api/token-store.ts

async function openPage(
  browser: Browser,
  appUrl: string,
  token: string,
): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // The timings are read by page functions built from text, which the app's CSP (no eval) would refuse.
    bypassCSP: true,
  })
  await context.addInitScript(`window.localStorage.setItem(${JSON.stringify(tokenKey)}, ${JSON.stringify(token)})`)
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  return {
    page,
    close: async () => {
      await context.close()
      if (errors.length > 0) throw new Error(`page errors at ${appUrl}: ${errors.join('; ')}`)
    },
  }
}

/** performance.now() at the first animation frame where `selector` matches. */
// The page-side code is JavaScript text: the scripts are type-checked without the DOM library.
const timeTo = (page: Page, selector: string): Promise<number> =>
  page
    .waitForFunction(`document.querySelector(${JSON.stringify(selector)}) ? performance.now() : 0`, undefined, {
      polling: 'raf',
      timeout: 60_000,
    })
    .then((handle) => handle.jsonValue() as Promise<number>)

async function wallOnce(browser: Browser, appUrl: string, token: string) {
  const { page, close } = await openPage(browser, appUrl, token)
  await page.goto(`${appUrl}/`, { waitUntil: 'commit' })
  const figures = await timeTo(page, 'section[aria-labelledby="wall-figures"] li')
  // At province scale the wall loads its unit matrix and charts when they are scrolled near (they sit
  // thousands of pixels below the figures), so the measure scrolls to the foot of the page the moment
  // the figures show, as a person heading for the charts would; still timed from navigation start. The
  // page grows as its parts below the figures render, so it keeps to the foot of the page at every frame.
  const charts = (await page
    .waitForFunction(
      `document.querySelector('svg.recharts-surface') ? performance.now() : (window.scrollTo(0, document.documentElement.scrollHeight), 0)`,
      undefined,
      { polling: 'raf', timeout: 60_000 },
    )
    .then((handle) => handle.jsonValue())) as number
  await close()
  return { figures, charts }
}

/** Installs a one-shot timer in the page: from the next `trigger` event on the document until `condition` holds at a frame. */
async function armLatency(page: Page, trigger: string, condition: string) {
  await page.evaluate(`window.__latency = new Promise((resolve) => {
    document.addEventListener(${JSON.stringify(trigger)}, () => {
      const started = performance.now()
      const done = () => { ${condition} }
      const check = () => (done() ? resolve(performance.now() - started) : requestAnimationFrame(check))
      requestAnimationFrame(check)
    }, { capture: true, once: true })
  }); undefined`)
}
const readLatency = (page: Page) => page.evaluate('window.__latency') as Promise<number>

const captionText = (page: Page) => page.locator('table caption').first().innerText()

async function ledgerOnce(browser: Browser, appUrl: string, token: string) {
  const { page, close } = await openPage(browser, appUrl, token)
  await page.goto(`${appUrl}/items`, { waitUntil: 'commit' })
  const firstRows = await timeTo(page, 'table tbody tr')
  const caption = await captionText(page)
  const total = Number(
    (caption.match(/共\s*([\d,]+)/)?.[1] ?? caption.match(/([\d,]+)\D*$/)?.[1] ?? '0').replace(/,/g, ''),
  )

  // Typing: every keystroke's input-to-paint duration from the Event Timing API.
  await page.evaluate(`window.__keys = [0]
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (['keydown', 'keypress', 'keyup', 'input', 'beforeinput'].includes(entry.name)) window.__keys.push(entry.duration)
    }).observe({ type: 'event', buffered: false, durationThreshold: 16 }); undefined`)
  const search = page.getByRole('searchbox', { name: '关键词' })
  const word = (await page.locator('table tbody tr th').first().innerText()).slice(0, 2)
  await search.pressSequentially(word, { delay: 60 })
  const before = await captionText(page)
  await armLatency(
    page,
    'keydown',
    `const c = document.querySelector('table caption'); return !!c && c.textContent !== ${JSON.stringify(before)} && !document.querySelector('[aria-busy="true"]')`,
  )
  await search.press('Enter')
  const filter = await readLatency(page)
  const typing = (await page.evaluate('Math.max(...window.__keys)')) as number

  // A choice filter: status "in progress" (a native select).
  await search.fill('')
  await search.press('Enter')
  await page.waitForFunction(
    `document.querySelector('table caption')?.textContent === ${JSON.stringify(caption)} && !document.querySelector('[aria-busy="true"]')`,
    undefined,
    { timeout: 30_000 },
  )
  const status = page.getByRole('combobox', { name: '状态', exact: true })
  await armLatency(
    page,
    'change',
    `const c = document.querySelector('table caption'); return !!c && c.textContent !== ${JSON.stringify(caption)} && !document.querySelector('[aria-busy="true"]')`,
  )
  await status.selectOption('in_progress')
  const choiceFilter = await readLatency(page)
  await status.selectOption('')
  await page.waitForFunction(
    `document.querySelector('table caption')?.textContent === ${JSON.stringify(caption)} && !document.querySelector('[aria-busy="true"]')`,
    undefined,
    { timeout: 30_000 },
  )

  // Page turn over the 50,000.
  const beforePage = await captionText(page)
  await armLatency(
    page,
    'click',
    `const c = document.querySelector('table caption'); return !!c && c.textContent !== ${JSON.stringify(beforePage)} && !document.querySelector('[aria-busy="true"]')`,
  )
  await page.getByRole('button', { name: '下一页' }).click()
  const pageTurn = await readLatency(page)

  // Scrolling: wheel steps from the top of the page through the table to the pager and back,
  // every animation frame's interval recorded.
  await page.evaluate(`window.scrollTo(0, 0)
    window.__frames = []
    window.__stop = false
    let last = performance.now()
    const tick = (now) => {
      window.__frames.push(now - last)
      last = now
      if (!window.__stop) requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick); undefined`)
  await page.mouse.move(640, 400)
  for (let n = 0; n < 40; n += 1) await page.mouse.wheel(0, 120)
  for (let n = 0; n < 40; n += 1) await page.mouse.wheel(0, -120)
  const frames = (await page.evaluate('window.__stop = true; window.__frames.slice(1)')) as number[]
  await close()
  const elapsed = frames.reduce((sum, ms) => sum + ms, 0)
  const scroll = {
    frames: frames.length,
    fps: round((frames.length / elapsed) * 1000),
    p95FrameMs: round(percentile(frames, 95)),
    longFrames: frames.filter((ms) => ms > 1000 / 60 + 4).length,
  }
  return { firstRows, total, typing, filter, choiceFilter, pageTurn, scroll }
}

async function interactionOnce(browser: Browser, appUrl: string, token: string, itemId: string, progress: number) {
  const { page, close } = await openPage(browser, appUrl, token)
  await page.goto(`${appUrl}/items/${encodeURIComponent(itemId)}`)
  await page.getByRole('button', { name: '报送进度' }).first().click()
  await page.getByLabel('进度（0–100）').fill(String(progress))
  const note = page.getByLabel('进展说明')
  if (await note.count()) await note.first().fill('基准测试：报送进度')
  const submit = page.getByRole('button', { name: '提交进度' })
  await armLatency(
    page,
    'click',
    `return !!document.querySelector('[role="progressbar"][aria-valuenow="${progress}"]')`,
  )
  await submit.click()
  const latency = await readLatency(page)
  await close()
  return latency
}

export async function measureBrowser(
  appUrl: string,
  tokens: { leader: string; supervisor: string },
  itemIds: readonly string[],
  iterations: number,
): Promise<BrowserResults> {
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumFlags })
  try {
    const walls: Awaited<ReturnType<typeof wallOnce>>[] = []
    const ledgers: Awaited<ReturnType<typeof ledgerOnce>>[] = []
    const interactions: number[] = []
    for (let n = 0; n < iterations; n += 1) {
      walls.push(await wallOnce(browser, appUrl, tokens.leader))
      ledgers.push(await ledgerOnce(browser, appUrl, tokens.leader))
      interactions.push(
        await interactionOnce(browser, appUrl, tokens.supervisor, itemIds[n % itemIds.length] as string, 91 + (n % 8)),
      )
    }
    const mid = (pick: (ledger: (typeof ledgers)[number]) => number) => round(median(ledgers.map(pick)))
    const scrolls = ledgers.map((l) => l.scroll)
    return {
      wallFiguresMs: round(median(walls.map((w) => w.figures))),
      wallChartsMs: round(median(walls.map((w) => w.charts))),
      ledgerFirstRowsMs: mid((l) => l.firstRows),
      typingMs: round(Math.max(...ledgers.map((l) => l.typing))),
      filterMs: mid((l) => l.filter),
      choiceFilterMs: mid((l) => l.choiceFilter),
      pageTurnMs: mid((l) => l.pageTurn),
      scroll: {
        frames: scrolls.reduce((s, x) => s + x.frames, 0),
        fps: round(median(scrolls.map((s) => s.fps))),
        p95FrameMs: round(median(scrolls.map((s) => s.p95FrameMs))),
        longFrames: scrolls.reduce((s, x) => s + x.longFrames, 0),
      },
      interactionMs: round(median(interactions)),
      ledgerTotal: ledgers[0]?.total ?? 0,
    }
  } finally {
    await browser.close()
  }
}
