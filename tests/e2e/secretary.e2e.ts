import type { Page } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openBrowser, type Session } from './browser'
import { bodyRows, shanghaiDate, signedInAt, totalOf } from './journey'

// Journey 3: a branch secretary adds an item from their unit's page and sees it in the ledger and on
// the wall; then the same journey with the keyboard only, the focus visible at every stop.

let session: Session
beforeEach(async () => {
  session = await openBrowser()
})
afterEach(async () => {
  await session.close()
})

const deadline = shanghaiDate(30)

/** After saving: the item page with the notice, then the ledger and the wall count it. */
async function seeItEverywhere(page: Page, title: string, totalBefore: number) {
  await page.waitForURL(/\/items\/[^/?]+$/)
  await page.getByRole('heading', { level: 1, name: title }).waitFor()
  await page.getByText(/^SB-\d+ · “双百”行动$/).waitFor()

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '台账' }).click()
  await page.getByRole('heading', { level: 1, name: /项目台账/ }).waitFor()
  await page.getByRole('searchbox', { name: '关键词' }).fill(title)
  const table = page.getByRole('table', { name: /共 1 项$/ })
  await table.waitFor()
  expect(await bodyRows(table).first().getByRole('rowheader').textContent()).toContain(title)

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '进度墙' }).click()
  await expect.poll(() => totalOf(page, '“双百”行动')).toBe(totalBefore + 1)
}

type Focused = { name: string; role: string; visible: boolean }

/** What has the focus: its accessible-ish name, its tag or type, and whether a focus ring shows. */
const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null
    if (!element || element === document.body) return { name: '', role: 'body', visible: false }
    const labelled = element.getAttribute('aria-labelledby')
    const name =
      element.getAttribute('aria-label') ??
      (labelled ? (document.getElementById(labelled)?.textContent ?? '') : '') ??
      ''
    const label = (element as HTMLInputElement).labels?.[0]?.textContent ?? ''
    const style = getComputedStyle(element)
    const ring = (style.outlineStyle !== 'none' && style.outlineWidth !== '0px') || style.boxShadow !== 'none'
    return {
      name: (name || label || element.textContent || '').trim(),
      role: element instanceof HTMLInputElement ? `input:${element.type}` : element.tagName.toLowerCase(),
      visible: ring,
    }
  })

/** Tabs (forward, or backward with Shift) until the focused element's name matches; every stop shows its focus. */
async function tabTo(page: Page, name: RegExp, { back = false, max = 60 } = {}): Promise<Focused> {
  let previous = await focused(page)
  for (let step = 0; step < max; step += 1) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
    const now = await focused(page)
    // Chromium's date field has a tab stop of its own inside it (the calendar button, ringed by the
    // browser inside the field's shadow tree): the field itself is then focused but not :focus-visible.
    const insideDateField = now.role === 'input:date' && previous.role === 'input:date' && previous.name === now.name
    if (now.role !== 'body' && !insideDateField)
      expect(now.visible, `focus ring on “${now.name}” (${now.role})`).toBe(true)
    if (name.test(now.name) && !insideDateField) return now
    previous = now
  }
  throw new Error(`no focusable element named ${name} within ${max} Tab presses`)
}

describe('a branch secretary in Chromium', () => {
  it('adds an item from the unit page and sees it in the ledger and on the wall', async () => {
    const page = await signedInAt(session, 'secretary-zhuzhuang', '/')
    const totalBefore = await totalOf(page, '“双百”行动')
    expect(totalBefore).toBe(471)

    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '本单位' }).click()
    await page.getByRole('heading', { level: 1, name: /^本单位 · 朱庄矿/ }).waitFor()
    await page.getByRole('link', { name: '新建项目', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: '新建项目' }).waitFor()

    const title = `朱庄矿井口候车室加装空调 ${Date.now() % 100_000}`
    await page.getByLabel(/^项目名称/).fill(title)
    await page.getByLabel(/^项目内容/).fill('井口候车室加装冷暖空调两台，解决职工冬冷夏热候车难题。')
    await page.getByLabel(/^服务对象/).fill('井口候车职工300余人')
    await page.getByLabel(/^类别/).selectOption({ label: '通勤交通' })
    await page.getByLabel(/^责任人/).fill('王建军')
    await page.getByLabel(/^完成时限/).fill(deadline)
    await page.getByRole('button', { name: '保存项目' }).click()

    await seeItEverywhere(page, title, totalBefore)
    expect(session.errors).toEqual([])
  })

  it('does the same with the keyboard only, the focus visible at every step', async () => {
    const page = await signedInAt(session, 'secretary-zhuzhuang', '/')
    const totalBefore = await totalOf(page, '“双百”行动')

    await tabTo(page, /^本单位$/)
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 1, name: /^本单位 · 朱庄矿/ }).waitFor()
    await tabTo(page, /^新建项目$/)
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 1, name: '新建项目' }).waitFor()

    const title = `朱庄矿澡堂增设储物柜 ${Date.now() % 100_000}`
    await tabTo(page, /^项目名称/)
    await page.keyboard.type(title)
    await tabTo(page, /^项目内容/)
    await page.keyboard.type('澡堂更衣区增设储物柜120组，解决职工衣物存放难题。')
    await tabTo(page, /^服务对象/)
    await page.keyboard.type('一线职工')
    await tabTo(page, /^类别/)
    // A closed native select: the arrow keys choose the next option.
    await page.keyboard.press('ArrowDown')
    expect(await page.getByLabel(/^类别/).inputValue()).not.toBe('')
    await tabTo(page, /^责任人/)
    await page.keyboard.type('李大伟')
    // Back up one field with Shift+Tab and forward again: the typed text is still there.
    await tabTo(page, /^类别/, { back: true })
    await tabTo(page, /^责任人/)
    expect(await page.getByLabel(/^责任人/).inputValue()).toBe('李大伟')
    await tabTo(page, /^完成时限/)
    const [year, month, day] = deadline.split('-')
    // The date field's segments follow Chromium's UI language (en-US here: month, day, year).
    await page.keyboard.type(`${month}${day}${year}`)
    expect(await page.getByLabel(/^完成时限/).inputValue()).toBe(deadline)
    const submit = await tabTo(page, /^保存项目$/)
    expect(submit.role).toBe('button')
    await page.keyboard.press('Space')

    await page.waitForURL(/\/items\/[^/?]+$/)
    await page.getByRole('heading', { level: 1, name: title }).waitFor()
    await page.getByText(/^SB-\d+ · “双百”行动$/).waitFor()
    // Back to the wall by keyboard too.
    await tabTo(page, /^进度墙$/, { back: true, max: 80 })
    await page.keyboard.press('Enter')
    await expect.poll(() => totalOf(page, '“双百”行动')).toBe(totalBefore + 1)
    expect(session.errors).toEqual([])
  })
})
