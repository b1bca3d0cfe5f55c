import type { Page } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openBrowser, type Session } from './browser'
import { bodyRows, shanghaiDate, signedInAt } from './journey'

// Journey 2: a supervisor finds an overdue item in the supervision queue, reports it finished and
// marks it done with a note, urges another item with a reply-by date, and sees the wall change.

let session: Session
beforeEach(async () => {
  session = await openBrowser()
})
afterEach(async () => {
  await session.close()
})

/** The wall's overall "已完成 N件" figure. */
async function overallDone(page: Page): Promise<number> {
  const link = page.getByRole('region', { name: '总体情况' }).getByRole('link', { name: /^已完成 \d+件/ })
  const label = (await link.getAttribute('aria-label', { timeout: 30_000 })) ?? (await link.textContent()) ?? ''
  return Number(/(\d+)件/.exec(label)?.[1])
}

/** Opens the n-th item of the supervision queue filtered to overdue items; returns its code. */
async function openOverdue(page: Page, index: number): Promise<string> {
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '督办' }).click()
  await page.getByRole('heading', { level: 1, name: '督办' }).waitFor()
  await page.getByRole('button', { name: /^已逾期（\d+）$/ }).click()
  const queue = page.getByRole('table', { name: /^督办队列/ })
  await expect
    .poll(
      async () =>
        (await bodyRows(queue).all()).length > index &&
        (await bodyRows(queue).nth(index).textContent())?.includes('已逾期'),
    )
    .toBe(true)
  // The queue refetches after a change elsewhere and its rows move: whichever overdue item the click
  // lands on is the one this journey works on, read from the item page it opened.
  await page.waitForLoadState('networkidle')
  await bodyRows(queue).nth(index).getByRole('link').click()
  await page.waitForURL((url) => /^\/items\/[^/]+$/.test(url.pathname))
  await page.getByRole('region', { name: '办理', exact: true }).waitFor()
  const code = page
    .getByRole('region', { name: '项目信息' })
    .getByRole('term')
    .filter({ hasText: /^编号$/ })
  return ((await code.locator('xpath=following-sibling::dd[1]').textContent()) ?? '').trim()
}

describe('a supervisor in Chromium', () => {
  it('finishes an overdue item, urges another with a reply-by date, and sees the wall change', async () => {
    const page = await signedInAt(session, 'supervisor-1', '/')
    const doneBefore = await overallDone(page)
    expect(doneBefore).toBeGreaterThan(0)

    // An overdue item: report it finished, then mark it done with a completion note.
    await openOverdue(page, 0)
    const actions = page.getByRole('region', { name: '办理', exact: true })
    const timeline = page.getByRole('region', { name: '办理动态' })
    await actions.getByRole('button', { name: '报送进度', exact: true }).click()
    const progressForm = actions.getByRole('form', { name: '报送进度' })
    await progressForm.getByLabel('进度（0–100）').fill('100')
    await progressForm.getByLabel('进展说明').fill('工程全部完工，已交付使用。')
    await progressForm.getByRole('button', { name: '提交进度' }).click()
    await timeline.getByText('进度更新为 100%').first().waitFor()

    await actions.getByRole('button', { name: '变更状态', exact: true }).click()
    const statusForm = actions.getByRole('form', { name: '变更状态' })
    await statusForm.getByLabel('变更为').selectOption({ label: '已办结' })
    const doneNote = '经督办组现场核实，项目已全部办结，职工反映良好。'
    await statusForm.getByLabel(/^变更说明/).fill(doneNote)
    await statusForm.getByRole('button', { name: '确认变更' }).click()
    await timeline
      .getByText(/推进中 → 已办结/)
      .first()
      .waitFor()
    await timeline.getByText(doneNote).waitFor()
    await page
      .getByRole('region', { name: '项目信息' })
      .getByRole('definition')
      .filter({ hasText: /^已办结$/ })
      .waitFor()

    // Another overdue item: urge it with a reply-by date.
    const urged = await openOverdue(page, 1)
    await actions.getByRole('button', { name: '催办', exact: true }).click()
    const urgeForm = actions.getByRole('form', { name: '催办' })
    const replyBy = shanghaiDate(5)
    await urgeForm.getByLabel('回复期限').fill(replyBy)
    const urgeNote = `请于期限前书面报送${urged}推进情况和整改措施。`
    await urgeForm.getByLabel('催办事项').fill(urgeNote)
    await urgeForm.getByRole('button', { name: '发出催办' }).click()
    const [year, month, day] = replyBy.split('-').map(Number)
    const urge = timeline.getByRole('listitem').filter({ hasText: urgeNote })
    await urge.waitFor()
    expect(await urge.textContent()).toContain(`限 ${year}年${month}月${day}日 前回复`)

    // The wall: one more item done.
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '进度墙' }).click()
    await expect.poll(() => overallDone(page)).toBe(doneBefore + 1)
    expect(session.errors).toEqual([])
  })
})
