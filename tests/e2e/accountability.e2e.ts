import type { Page } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openBrowser, type Session } from './browser'
import { bodyRows, signedInAt } from './journey'

// Journey (issue 22): a deadline moves only by an extension request. A supervisor asks for more time on
// an item of 朱庄矿 and may not approve their own request; a second supervisor approves it; the deadline,
// the item's count of extensions and its trail say so.

let session: Session
beforeEach(async () => {
  session = await openBrowser()
})
afterEach(async () => {
  await session.close()
})

const actionsOf = (page: Page) => page.getByRole('region', { name: '办理', exact: true })
const fieldsOf = (page: Page) => page.getByRole('region', { name: '项目信息' })
const trailOf = (page: Page) => page.getByRole('region', { name: '办理动态' })

/** Opens the first item of 朱庄矿 in progress that has no request waiting; returns its path. */
async function openExtendable(page: Page): Promise<string> {
  const table = page.getByRole('table', { name: /共 \d+ 项$/ })
  await table.waitFor()
  for (let index = 0; index < 10; index += 1) {
    await bodyRows(table).nth(index).getByRole('link').first().click()
    await page.waitForURL((url) => /^\/items\/[^/]+$/.test(url.pathname))
    await actionsOf(page).waitFor()
    const ask = actionsOf(page).getByRole('button', { name: '申请延期', exact: true })
    if (await ask.count()) return new URL(page.url()).pathname
    await page.goBack()
    await table.waitFor()
  }
  throw new Error('no item of 朱庄矿 in progress may be extended')
}

describe('an extension request in Chromium', () => {
  it('is asked by one supervisor, refused to them for approval, and approved by another', async () => {
    const page = await signedInAt(session, 'supervisor-1', '/items?unit=zhuzhuang&status=in_progress&sort=code')
    const itemPath = await openExtendable(page)
    const actions = actionsOf(page)

    await actions.getByRole('button', { name: '申请延期', exact: true }).click()
    const ask = actions.getByRole('form', { name: '申请延期' })
    const date = ask.getByLabel(/^延期至/)
    // The earliest date the rule allows: the day after the current deadline.
    const asked = (await date.getAttribute('min')) ?? ''
    expect(asked).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    await date.fill(asked)
    await ask.getByLabel(/^延期原因/).fill('主要设备供货推迟，安装需顺延。')
    await ask.getByRole('button', { name: '提交延期申请' }).click()
    await ask.waitFor({ state: 'detached' })
    const [year, month, day] = asked.split('-').map(Number)
    const askedText = `${year}年${month}月${day}日`
    await fieldsOf(page).getByText('待审批的延期申请').waitFor()
    await trailOf(page).getByText(`申请延期至 ${askedText}`).waitFor()
    const ownDecision = actions.getByRole('listitem').filter({ hasText: '延期申请须由另一位督办组成员审批' })
    await ownDecision.waitFor()
    expect(await actions.getByRole('button', { name: '延期审批', exact: true }).count()).toBe(0)

    // A second supervisor decides it.
    await page.goto(`${session.baseUrl}/sign-in?as=supervisor-2&next=${encodeURIComponent(itemPath)}`)
    await actions.waitFor()
    await actions.getByRole('button', { name: '延期审批', exact: true }).click()
    const decide = actions.getByRole('form', { name: '延期审批' })
    expect(await decide.textContent()).toContain('主要设备供货推迟，安装需顺延。')
    await decide.getByRole('radio', { name: `同意延期至 ${askedText}` }).check()
    await decide.getByLabel(/^审批说明/).fill('理由充分，同意延期。')
    await decide.getByRole('button', { name: '提交审批意见' }).click()
    await decide.waitFor({ state: 'detached' })

    await fieldsOf(page).getByText('已延期 1 次').waitFor()
    expect(await fieldsOf(page).getByText('待审批的延期申请').count()).toBe(0)
    expect(await fieldsOf(page).textContent()).toContain(askedText)
    const approval = trailOf(page).getByRole('listitem').filter({ hasText: '理由充分，同意延期。' })
    expect(await approval.textContent()).toContain('孟庆华')
    expect(session.errors).toEqual([])
  })
})
