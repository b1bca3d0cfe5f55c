import type { Locator, Page } from 'playwright-core'
import type { Session } from './browser'

// Small helpers shared by the journeys: what a user does to get somewhere and what they read there.

/** Signs in through the demo shortcut (for journeys that are not about signing in) and waits for the page's heading. */
export async function signedInAt(session: Session, as: string, path: string): Promise<Page> {
  const { page, baseUrl } = session
  await page.goto(`${baseUrl}/sign-in?as=${as}&next=${encodeURIComponent(path)}`)
  await page.getByRole('heading', { level: 1 }).first().waitFor()
  return page
}

/** A list's tile on the wall. */
export const listTile = (page: Page, name: string): Locator => page.getByRole('region', { name, exact: true })

/** The wall's "done / total" figure of a list, as its links read it ("“双百”行动已完成 231，查看明细"). */
export async function doneOf(page: Page, list: string): Promise<number> {
  const link = listTile(page, list).getByRole('link', { name: new RegExp(`^${list}已完成 \\d+，查看明细$`) })
  return figure(await link.getAttribute('aria-label', { timeout: 30_000 }), await link.textContent())
}

/** The wall's item total of a list. */
export async function totalOf(page: Page, list: string): Promise<number> {
  const link = listTile(page, list).getByRole('link', { name: new RegExp(`^${list}项目总数 \\d+，查看明细$`) })
  return figure(await link.getAttribute('aria-label', { timeout: 30_000 }), await link.textContent())
}

function figure(label: string | null, text: string | null): number {
  const match = /(\d+)，查看明细$/.exec(label ?? '') ?? /(\d+)/.exec(text ?? '')
  if (!match) throw new Error(`no figure in ${label ?? text ?? '(nothing)'}`)
  return Number(match[1])
}

/** The body rows of a data table (the header row group excluded). */
export const bodyRows = (table: Locator): Locator => table.getByRole('rowgroup').nth(1).getByRole('row')

/** The page has no horizontal scrolling at its current width. */
export const scrollsSideways = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)

/** Today in Asia/Shanghai as yyyy-mm-dd, plus some days (what a user types into a date input). */
export function shanghaiDate(plusDays = 0): string {
  return new Date(Date.now() + 8 * 3_600_000 + plusDays * 86_400_000).toISOString().slice(0, 10)
}
