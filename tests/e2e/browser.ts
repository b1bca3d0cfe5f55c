import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { target } from './backend'

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const flags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export type Session = {
  context: BrowserContext
  page: Page
  baseUrl: string
  close: () => Promise<void>
  errors: string[]
}

/**
 * A fresh Chromium profile (its own user-data dir, so its own service worker and demo data) at a
 * viewport, on this worker's app (backend.ts). Page errors and console errors are collected: a journey asserts there were none.
 */
export async function openBrowser(viewport = { width: 1280, height: 800 }): Promise<Session> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'bsstzz-e2e-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: flags,
    viewport,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  })
  const page = context.pages()[0] ?? (await context.newPage())
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`)
  })
  return {
    context,
    page,
    baseUrl: target().baseUrl,
    errors,
    close: async () => {
      await context.close()
      rmSync(userDataDir, { recursive: true, force: true })
    },
  }
}
