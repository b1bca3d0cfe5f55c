import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openBrowser, type Session } from './browser'
import { bodyRows, scrollsSideways, signedInAt } from './journey'

// Journey 6: a phone-sized screen (390×844). The item page and the public board fit without
// horizontal scrolling, and a worker finds their unit's items on the public board without signing in.

let session: Session
beforeEach(async () => {
  session = await openBrowser({ width: 390, height: 844 })
})
afterEach(async () => {
  await session.close()
})

describe('on a phone in Chromium', () => {
  it('shows an item page, its actions and timeline, with no sideways scrolling', async () => {
    const page = await signedInAt(session, 'supervisor-1', '/items')
    await page.getByRole('heading', { level: 1, name: /项目台账/ }).waitFor()
    expect(await scrollsSideways(page)).toBe(false)
    await page.getByRole('link', { name: 'SB-018', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: '朱庄矿职工餐厅扩容改造' }).waitFor()
    await page.getByRole('region', { name: '办理动态' }).getByRole('listitem').first().waitFor()
    expect(await scrollsSideways(page)).toBe(false)
    // An action's form opened on the phone fits too.
    const actions = page.getByRole('region', { name: '办理', exact: true })
    await actions.getByRole('button', { name: '催办', exact: true }).click()
    await actions.getByRole('form', { name: '催办' }).getByLabel('回复期限').waitFor()
    expect(await scrollsSideways(page)).toBe(false)
    expect(session.errors).toEqual([])
  })

  it('opens the ledger without the page jumping as the header’s figures arrive', async () => {
    const page = await signedInAt(session, 'supervisor-1', '/items')
    await page.getByRole('heading', { level: 1, name: /项目台账/ }).waitFor()
    // Opened afresh (as from a bookmark), every layout shift recorded from the first frame.
    await session.context.addInitScript(() => {
      const shifts: number[] = []
      Object.assign(window, { __shifts: shifts })
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
          if (!entry.hadRecentInput) shifts.push(entry.value)
      }).observe({ type: 'layout-shift', buffered: true })
    })
    await page.goto(`${session.baseUrl}/items`)
    await bodyRows(page.getByRole('table')).first().waitFor()
    await page
      .getByRole('banner')
      .getByText(/^数据截至 /)
      .waitFor()
    const shifts = await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts)
    // Web Vitals' "good" cumulative layout shift is ≤ 0.1; a line added above the page moves it all.
    expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.1)
    expect(session.errors).toEqual([])
  })

  it('lets a worker find their unit’s items on the public board without signing in or scrolling sideways', async () => {
    const { page, baseUrl } = session
    await page.goto(`${baseUrl}/public`)
    await page.getByRole('heading', { level: 1 }).waitFor()
    expect(await scrollsSideways(page)).toBe(false)
    await page.getByLabel('单位', { exact: true }).selectOption({ label: '朱庄矿' })
    await page.getByRole('heading', { name: /^朱庄矿的项目（\d+ 项）$/ }).waitFor({ timeout: 30_000 })
    expect(page.url()).toContain('/public?unit=zhuzhuang')
    const items = page.getByRole('region', { name: /^朱庄矿的项目/ }).getByRole('listitem')
    expect(await items.count()).toBeGreaterThan(10)
    // Only the unit's items, and one of them is the canteen the worker is looking for.
    expect(await items.filter({ hasText: '职工餐厅扩容改造' }).count()).toBe(1)
    expect(await scrollsSideways(page)).toBe(false)
    expect(session.errors).toEqual([])
  })
})
