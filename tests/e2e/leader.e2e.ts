import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openBrowser, type Session } from './browser'
import { bodyRows, doneOf, listTile, signedInAt, totalOf } from './journey'

// Journey 1: a leader reads the seeded campaign on the wall, drills into a figure and lands on the
// ledger filtered to exactly those items, then puts the wall on the big screen and pauses it.

let session: Session
beforeEach(async () => {
  session = await openBrowser()
})
afterEach(async () => {
  await session.close()
})

describe('a leader in Chromium', () => {
  it('reads the seeded figures, drills into one, and lands on the ledger filtered to exactly those items', async () => {
    const page = await signedInAt(session, 'leader-1', '/')
    await page.getByRole('heading', { level: 1, name: '进度墙' }).waitFor()

    // 双百: 231 of 471 done, of which the key items 34 of 100 (the source documents' figures).
    expect(await doneOf(page, '“双百”行动')).toBe(231)
    expect(await totalOf(page, '“双百”行动')).toBe(471)
    const doubleHundred = listTile(page, '“双百”行动')
    const key = doubleHundred.getByRole('progressbar', { name: '重点项目完成' })
    expect(await key.getAttribute('aria-valuenow')).toBe('34')
    expect(await key.getAttribute('aria-valuemax')).toBe('100')
    expect(await doneOf(page, 'N件难题')).toBe(10)

    // The 8 key things: all eight under way.
    const eight = listTile(page, '8件实事')
    expect(await totalOf(page, '8件实事')).toBe(8)
    const underWay = eight.getByRole('link', { name: '推进中 8，查看明细' })
    await underWay.click()

    await page.waitForURL(/\/items\?/)
    const url = new URL(page.url())
    expect(url.searchParams.get('list')).toBe('eight')
    expect(url.searchParams.get('status')).toBe('in_progress')
    const filters = page.getByRole('region', { name: '当前筛选' })
    await filters.getByText('状态：推进中').waitFor()
    const table = page.getByRole('table', { name: /共 8 项$/ })
    await table.waitFor()
    expect(await bodyRows(table).count()).toBe(8)
    // Every row is one of the 8 key things, under way.
    for (const row of await bodyRows(table).all()) {
      expect(await row.getByRole('cell').nth(1).textContent()).toBe('8件实事')
      expect(await row.getByRole('cell', { name: '推进中', exact: true }).count()).toBe(1)
    }
    expect(session.errors).toEqual([])
  })

  it('switches to screen mode by its button, sees the time of the data, and pauses the rotation', async () => {
    const page = await signedInAt(session, 'leader-1', '/')
    await page.getByRole('link', { name: '大屏模式' }).click()
    await page.waitForURL(/\/screen$/)
    const asOf = page.getByRole('banner').getByText(/^数据截至 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/)
    await asOf.waitFor()
    const pause = page.getByRole('button', { name: '暂停轮播' })
    await pause.click()
    await page.getByRole('button', { name: '继续轮播' }).waitFor()
    // Paused: choosing a screen by hand stays there.
    const position = page.getByRole('banner').getByText(/第 \d+ \/ \d+ 屏/)
    await page.getByRole('button', { name: '切换到：单位排名' }).click()
    await expect.poll(() => position.textContent()).toContain('第 5 / 6 屏')
    await page.getByRole('link', { name: '退出大屏' }).click()
    await page.getByRole('heading', { level: 1, name: '进度墙' }).waitFor()
    expect(session.errors).toEqual([])
  })
})
