import type { Locator, Page } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openBrowser, type Session } from './browser'
import { shanghaiDate } from './journey'

// Journey 4 (issues 6, 22): a worker, signed out, submits a demand from their unit's QR page and gets a
// receipt number; a supervisor adopts it into an item, reports it done and follows it up, but may not
// strike off what they reported: a leader confirms. The worker's receipt shows the completion note. One browser profile throughout: the demo data lives in it.

let session: Session
beforeEach(async () => {
  session = await openBrowser()
})
afterEach(async () => {
  await session.close()
})

async function act(page: Page, action: string, fill: (form: Locator) => Promise<void>, submit: string) {
  const actions = page.getByRole('region', { name: '办理', exact: true })
  await actions.getByRole('button', { name: action, exact: true }).click()
  const form = actions.getByRole('form', { name: action })
  await fill(form)
  await form.getByRole('button', { name: submit }).click()
  await form.waitFor({ state: 'detached' })
}

describe('a demand from the QR page to the answer, in Chromium', () => {
  it('closes the loop: submit, adopt, do, follow up, strike off, look the answer up', async () => {
    const { page, baseUrl } = session
    const demand = `井下候车点没有座椅，等车的时候只能蹲着，希望加装座椅。${Date.now() % 100_000}`

    // The worker: no sign-in, the unit's QR page.
    await page.goto(`${baseUrl}/submit/zhuzhuang`)
    await page.getByRole('heading', { level: 1, name: '提交诉求' }).waitFor()
    await page.getByLabel('诉求内容').fill(demand)
    await page.getByRole('checkbox', { name: '匿名提交' }).check()
    await page.getByRole('button', { name: '提交诉求' }).click()
    const receiptText = page.getByText(/^回执号：BS-\d+，可凭此号查询办理情况。$/)
    await receiptText.waitFor()
    const receipt = /BS-\d+/.exec((await receiptText.textContent()) ?? '')?.[0] ?? ''
    expect(receipt).toMatch(/^BS-\d+$/)

    // The supervisor finds it in the demand pool and adopts it into a new item.
    await page.goto(`${baseUrl}/sign-in?as=supervisor-1&next=${encodeURIComponent('/demands')}`)
    await page.getByRole('heading', { level: 1, name: '职工诉求' }).waitFor()
    await page.getByRole('searchbox', { name: '搜索内容或回执号' }).fill(receipt)
    await page.getByRole('button', { name: '筛选' }).click()
    const pool = page.getByRole('table', { name: /^诉求列表/ })
    const row = pool.getByRole('row').filter({ hasText: receipt })
    await row.waitFor()
    expect(await row.textContent()).toContain('待处理')
    await row.getByRole('button', { name: `处理诉求 ${receipt}` }).click()
    const triage = page.getByRole('region', { name: `处理诉求 ${receipt}` })
    await triage.getByRole('radio', { name: '采纳为新项目' }).check()
    await triage.getByRole('link', { name: '去新建项目' }).click()

    // The prefilled form: unit and title from the demand; the supervisor completes it.
    await page.getByRole('heading', { level: 1, name: '新建项目' }).waitFor()
    expect(
      await page
        .getByLabel(/^责任单位/)
        .locator('option:checked')
        .textContent(),
    ).toBe('朱庄矿')
    const title = page.getByLabel(/^项目名称/)
    expect((await title.inputValue()).length).toBeGreaterThan(1)
    const itemTitle = `朱庄矿井下候车点加装座椅 ${Date.now() % 100_000}`
    await title.fill(itemTitle)
    const content = page.getByLabel(/^项目内容/)
    if ((await content.inputValue()) === '') await content.fill('井下各候车点加装不锈钢座椅，改善职工候车条件。')
    await page.getByLabel(/^服务对象/).fill('井下候车职工')
    await page.getByLabel(/^类别/).selectOption({ label: '作业环境' })
    await page.getByLabel(/^责任人/).fill('赵明')
    await page.getByLabel(/^完成时限/).fill(shanghaiDate(20))
    expect(await page.getByRole('checkbox', { name: new RegExp(receipt) }).isChecked()).toBe(true)
    await page.getByRole('button', { name: '保存项目' }).click()
    await page.getByRole('heading', { level: 1, name: itemTitle }).waitFor()
    await page
      .getByRole('region', { name: /^关联诉求（1）/ })
      .getByText(receipt)
      .waitFor()

    // Done: progress 100, status done with the completion note, a follow-up, struck off.
    const timeline = page.getByRole('region', { name: '办理动态' })
    await act(
      page,
      '报送进度',
      async (form) => {
        await form.getByLabel('进度（0–100）').fill('100')
        await form.getByLabel('进展说明').fill('座椅全部安装到位。')
      },
      '提交进度',
    )
    await timeline.getByText('进度更新为 100%').first().waitFor()
    const answer = '井下6个候车点已全部加装座椅，欢迎职工监督使用。'
    await act(
      page,
      '变更状态',
      async (form) => {
        await form.getByLabel('变更为').selectOption({ label: '已办结' })
        await form.getByLabel(/^变更说明/).fill(answer)
      },
      '确认变更',
    )
    await timeline
      .getByText(/→ 已办结/)
      .first()
      .waitFor()
    await act(
      page,
      '满意度回访',
      async (form) => {
        await form.getByLabel('回访人数').fill('20')
        await form.getByLabel('满意人数').fill('19')
      },
      '记录回访结果',
    )
    // The reporter of done may not strike it off: a second supervisor or a leader confirms.
    const actions = page.getByRole('region', { name: '办理', exact: true })
    const refused = actions.getByRole('listitem').filter({ hasText: '办结由您报告' })
    expect(await refused.textContent()).toContain('销号须由另一位督办组成员或集团领导确认')
    expect(await actions.getByRole('button', { name: '销号', exact: true }).count()).toBe(0)
    const itemPath = new URL(page.url()).pathname
    await page.goto(`${baseUrl}/sign-in?as=leader-1&next=${encodeURIComponent(itemPath)}`)
    await page.getByRole('heading', { level: 1, name: itemTitle }).waitFor()
    await act(
      page,
      '销号',
      async (form) => {
        await form.getByLabel('销号说明').fill('经回访核实，同意销号。')
      },
      '确认销号',
    )
    await page
      .getByRole('region', { name: '项目信息' })
      .getByRole('definition')
      .filter({ hasText: /^已销号$/ })
      .waitFor()
    const struck = page.getByRole('region', { name: '办理动态' }).getByRole('listitem').filter({ hasText: '已销号' })
    expect(await struck.first().textContent()).toContain('方国栋')

    // The worker, signed out again, looks the receipt up and reads the answer.
    await page.getByRole('button', { name: /用户菜单$/ }).click()
    await page
      .getByRole('menuitem', { name: '退出登录' })
      .or(page.getByRole('button', { name: '退出登录' }))
      .click()
    await page.getByRole('heading', { level: 1, name: '登录作战图' }).waitFor()
    await page.goto(`${baseUrl}/receipt`)
    await page.getByLabel('回执号').fill(receipt)
    await page.getByRole('button', { name: '查询' }).click()
    await page.getByRole('heading', { name: `回执号 ${receipt}` }).waitFor()
    const main = page.getByRole('main')
    await main.getByText(answer).waitFor()
    expect(await main.textContent()).toContain('已答复')
    expect(session.errors).toEqual([])
  })
})
