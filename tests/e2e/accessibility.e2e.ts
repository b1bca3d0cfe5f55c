import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBrowser, type Session } from './browser'

// axe-core on every route, in Chromium, as the role that uses it. Serious and critical violations
// fail; the message lists each rule with the elements it found.

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

type Violation = { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }

async function violations(page: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol: the page's CSP (no inline scripts) does not apply to it.
  await page.evaluate(axeSource)
  const found = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> }
      }
    ).axe
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    })
    return result.violations
  })
  return found
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
          .map((node) => JSON.stringify(node.target))
          .slice(0, 5)
          .join(', ')}`,
    )
}

let session: Session
beforeAll(async () => {
  session = await openBrowser()
})
afterAll(async () => {
  await session.close()
})

/** Signs in through the demo shortcut and waits for the page's main heading. */
async function visit(path: string, as: string | null, ready: (page: Page) => Promise<unknown>) {
  const { page, baseUrl } = session
  await page.goto(as ? `${baseUrl}/sign-in?as=${as}&next=${encodeURIComponent(path)}` : `${baseUrl}${path}`)
  await ready(page)
  // Lazy parts (charts, tables) settle before the scan.
  await page.waitForLoadState('networkidle')
  return page
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).first().waitFor()

describe('accessibility (axe-core): no serious or critical violations', () => {
  const routes: [string, string | null][] = [
    ['/sign-in', null],
    ['/public', null],
    ['/', 'leader-1'],
    ['/items', 'supervisor-1'],
    ['/supervision', 'supervisor-1'],
    ['/demands', 'supervisor-1'],
    ['/report', 'supervisor-1'],
    ['/my-unit', 'secretary-zhuzhuang'],
  ]
  for (const [path, as] of routes) {
    it(`${path}${as ? ` as ${as}` : ''}`, async () => {
      const page = await visit(path, as, heading)
      expect((await violations(page)).join('\n')).toBe('')
    })
  }

  it('an item page, as a supervisor', async () => {
    const page = await visit('/items', 'supervisor-1', heading)
    await page.getByRole('table').getByRole('link').first().click()
    await page.waitForURL(/\/items\/[^/?]+$/)
    await heading(page)
    await page.waitForLoadState('networkidle')
    expect((await violations(page)).join('\n')).toBe('')
  })

  it('the screen mode', async () => {
    const page = await visit('/screen', 'leader-1', (p) =>
      p
        .getByText(/数据截至/)
        .first()
        .waitFor(),
    )
    expect((await violations(page)).join('\n')).toBe('')
  })

  it('a unit’s QR intake page, signed out', async () => {
    const { page, baseUrl } = session
    await page.context().clearCookies()
    await page.evaluate(() => localStorage.removeItem('bsstzz.session'))
    await page.goto(`${baseUrl}/submit/zhuzhuang`)
    await heading(page)
    await page.waitForLoadState('networkidle')
    expect((await violations(page)).join('\n')).toBe('')
  })
})
