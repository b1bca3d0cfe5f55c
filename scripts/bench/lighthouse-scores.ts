// Lighthouse (mobile preset: its default config, simulated throttling) in Debian Chromium, signed in:
// the token is put where the app keeps it from a static file of the same origin, so the app's own
// files are not cached before the audit; Lighthouse's storage reset is off so the token survives.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import puppeteer from 'puppeteer-core'
import { chromiumFlags, chromiumPath } from './browser-timings'

export type LighthouseScore = {
  route: string
  performance: number
  accessibility: number
  lcpMs: number
  tbtMs: number
  cls: number
  /** Every run's performance score, in the order run; the other fields are the median run's. */
  runs: number[]
  error?: string
}
type Audit = Omit<LighthouseScore, 'route' | 'runs'> & { report: string }

/** An audit that has not finished by then is reported as failed (seen: a trace that never finished on a machine at load 15). */
const auditTimeoutMs = 240_000

/**
 * Each route audited `runs` times; the run with the median performance score is reported (Lighthouse's
 * scores vary from run to run by several points on the same build; its guide on variability advises
 * the median of several runs). `reportDir`: that run's full report is written there
 * (lighthouse-<route>.json) to see what the score is made of.
 */
export async function lighthouseScores(
  appUrl: string,
  token: string,
  routes: readonly string[],
  reportDir?: string,
  runs = 1,
): Promise<LighthouseScore[]> {
  const scores: LighthouseScore[] = []
  for (const route of routes) {
    const audits: Audit[] = []
    for (let run = 0; run < runs; run += 1) audits.push(await audit(appUrl, token, route))
    const done = audits.filter((entry) => !entry.error).sort((a, b) => a.performance - b.performance)
    const median = done[Math.floor((done.length - 1) / 2)] ?? audits[0]
    if (!median) continue
    const { report, ...score } = median
    if (reportDir && report)
      writeFileSync(
        join(reportDir, `lighthouse-${route.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'wall'}.json`),
        report,
      )
    scores.push({ route, ...score, runs: audits.map((entry) => entry.performance) })
  }
  return scores
}

/** One audit of `route`; a failure is reported in the result (`error`), never thrown. */
async function audit(appUrl: string, token: string, route: string): Promise<Audit> {
  // A fresh browser per audit: a cold cache and a clean profile.
  const chrome = await launch({ chromePath: chromiumPath, chromeFlags: ['--headless=new', ...chromiumFlags] })
  try {
    const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` })
    const page = await browser.newPage()
    await page.goto(`${appUrl}/favicon.svg`)
    await page.evaluate(`window.localStorage.setItem('bsstzz.session', ${JSON.stringify(token)})`)
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no result within ${auditTimeoutMs / 1000} s`)), auditTimeoutMs)
    })
    const running = lighthouse(
      `${appUrl}${route}`,
      {
        port: chrome.port,
        output: 'json',
        logLevel: process.env.BENCH_VERBOSE ? 'info' : 'error',
        onlyCategories: ['performance', 'accessibility'],
        disableStorageReset: true,
        maxWaitForLoad: 45_000,
      },
      undefined,
      page,
    )
    const result = await Promise.race([running, timeout]).finally(() => clearTimeout(timer))
    await browser.disconnect()
    const lhr = result?.lhr
    if (!lhr) throw new Error(`lighthouse gave no result for ${route}`)
    if (lhr.runtimeError) throw new Error(`lighthouse ${route}: ${lhr.runtimeError.message}`)
    const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN
    return {
      report: JSON.stringify(lhr),
      performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
      lcpMs: Math.round(numeric('largest-contentful-paint')),
      tbtMs: Math.round(numeric('total-blocking-time')),
      cls: Number(numeric('cumulative-layout-shift').toFixed(3)),
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    console.error(`[bench] lighthouse ${route}: ${message}`)
    return {
      report: '',
      performance: Number.NaN,
      accessibility: Number.NaN,
      lcpMs: Number.NaN,
      tbtMs: Number.NaN,
      cls: Number.NaN,
      error: message,
    }
  } finally {
    chrome.kill()
  }
}
