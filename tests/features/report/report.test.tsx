import { readFileSync } from 'node:fs'
import { fireEvent, screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { vi } from 'vitest'
import { listItems } from '@/api/items'
import { getSummary } from '@/api/stats'
import { listUnits } from '@/api/units'
import { previousMonthEnd, redListReason } from '@/domain/briefing'
import { addDays, dateOf } from '@/domain/dates'
import { summarize } from '@/domain/stats'
import { formatDate } from '@/lib/format'
import { tp } from '@/lib/strings/page-strings'
import { mockBackend, server } from '../../../mocks/node'
import { renderApp } from '../../render-app'

const today = () => dateOf(new Date())

/** The stats as the mock holds them as of a date, by the domain's own rule. */
function seededSummary(asOf: string) {
  const { db } = mockBackend()
  return summarize(db.campaign, db.items.values(), db.updatesByItem, db.demands.values(), asOf)
}

const briefing = () => screen.findByRole('article', {}, { timeout: 5000 })
const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent)

// Each test briefs the whole seeded campaign (every item replayed to the date): slower than most on a busy machine.
describe('the briefing (通报)', { timeout: 20_000 }, () => {
  it('writes the seeded campaign at today in the words of the source documents, with true figures', async () => {
    await renderApp('/report', { as: 'supervisor-1' })
    const article = await briefing()
    expect(within(article).getByRole('heading', { level: 2 })).toHaveTextContent(
      '淮北矿业集团“我为职工办实事”实践活动进展情况通报',
    )
    const text = article.textContent ?? ''
    for (const figure of ['471', '231', '100', '34']) expect(text).toContain(figure)
    expect(text).toContain('基层“双百”行动共梳理出实事项目471件，完成231件，其中100件重点实事项目完成34件')

    const lists = within(article).getByRole('region', { name: '一、各清单完成情况' })
    const summary = seededSummary(today())
    for (const [name, listId] of [
      ['基层“双百”行动', 'double-hundred'],
      ['机关部门为基层解决“N件难题”', 'n'],
    ] as const) {
      const stats = summary.lists.find((list) => list.listId === listId)!
      const row = within(lists).getByRole('row', { name: new RegExp(`^${name}`) })
      expect(cells(row).slice(0, 2)).toEqual([String(stats.total), String(stats.done)])
    }
    expect(within(article).getByRole('region', { name: /三、红榜项目/ })).toBeInTheDocument()
    expect(within(article).getByRole('region', { name: /四、逾期未完成项目/ })).toBeInTheDocument()
    expect(within(article).getByRole('heading', { name: '六、满意度回访与销号情况' })).toBeInTheDocument()
  })

  it('counts as of the chosen date, says which last briefing it compares with, and keeps both in the address', async () => {
    const asOf = previousMonthEnd(today())
    const { location } = await renderApp(`/report?asOf=${asOf}`, { as: 'leader-1' })
    const article = await briefing()
    const summary = seededSummary(asOf)
    const dh = summary.lists.find((list) => list.listId === 'double-hundred')!
    const since = previousMonthEnd(asOf)
    expect(article).toHaveTextContent(`统计截至 ${formatDate(asOf)} · 上次通报 ${formatDate(since)}`)
    expect(article).toHaveTextContent(`截至${Number(asOf.slice(5, 7))}月底，`)
    const row = within(within(article).getByRole('region', { name: '一、各清单完成情况' })).getByRole('row', {
      name: /^基层“双百”行动/,
    })
    expect(cells(row).slice(0, 2)).toEqual([String(dh.total), String(dh.done)])
    const total = summary.lists.reduce((sum, list) => sum + list.total, 0)
    const done = summary.lists.reduce((sum, list) => sum + list.done, 0)
    expect(article).toHaveTextContent(`共有实事项目${total}件，已完成${done}件`)
    expect(
      screen.getByText(`默认按上月底（${formatDate(since)}）计，即上次月度通报的截止日期；也可另选日期。`),
    ).toBeInTheDocument()
    expect(screen.getByLabelText('上次通报日期')).toHaveValue(since)

    const earlier = addDays(since, -14)
    fireEvent.change(screen.getByLabelText('上次通报日期'), { target: { value: earlier } })
    expect(location()).toBe(`/report?asOf=${asOf}&since=${earlier}`)
    expect(
      await screen.findByRole('heading', { name: new RegExp(`^五、${formatDate(earlier)}以来事结销号项目`) }),
    ).toBeInTheDocument()
  })

  it('names the red list (红榜) with each item’s unit and why, and says how many deadlines were extended', async () => {
    const { user } = await renderApp('/report', { as: 'supervisor-1' })
    const article = await briefing()
    // The figures as the API gives them.
    const summary = await getSummary()
    const redListed = summary.lists.reduce((sum, list) => sum + list.redListed, 0)
    const extended = summary.lists.reduce((sum, list) => sum + list.extended, 0)
    const { items } = await listItems({ redList: true, sort: 'deadline', pageSize: 500 })
    const units = new Map((await listUnits()).items.map((unit) => [unit.id, unit.name]))
    expect(redListed).toBeGreaterThan(0)
    expect(items).toHaveLength(redListed)

    expect(article).toHaveTextContent(`列入红榜项目${redListed}件（2次及以上催办逾期未回复或超期超过30天）。`)
    expect(article).toHaveTextContent(extended > 0 ? `经审批延期项目${extended}件。` : '没有经审批延期的项目。')
    const heading = within(article).getByRole('heading', { level: 3, name: `三、红榜项目（${redListed} 项）` })
    const section = heading.closest('section')!
    expect(within(section).getByText('列入标准：2 次及以上催办逾期未回复，或超期超过 30 天')).toBeInTheDocument()
    const table = within(section).getByRole('table', { name: `三、红榜项目（${redListed} 项）` })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(redListed)
    items.forEach((item, index) => {
      const row = rows[index]!
      expect(within(row).getByRole('rowheader')).toHaveTextContent(item.title)
      expect(within(row).getByRole('link', { name: item.code })).toHaveAttribute('href', `/items/${item.id}`)
      const reason = tp.redList.reason(redListReason(item, summary.asOf))
      expect(reason).toMatch(/次催办|逾期 \d+ 天/)
      expect(cells(row).slice(-2)).toEqual([units.get(item.unitId), reason])
    })

    // In the copied text too, as a table of its own.
    await user.click(screen.getByRole('button', { name: '复制全文' }))
    await screen.findByText(/通报全文已复制/)
    const copied = await navigator.clipboard.readText()
    const first = items[0]!
    expect(copied).toContain(`三、红榜项目（${redListed} 项）\n列入标准：`)
    expect(copied).toContain(`\n${first.code}\t${first.title}${first.key ? '（重点）' : ''}\t`)
    expect(copied).toContain(`\t${units.get(first.unitId)}\t${tp.redList.reason(redListReason(first, summary.asOf))}\n`)
  })

  it('briefs one unit, placing it in the ranking', async () => {
    const { user, location } = await renderApp('/report', { as: 'leader-1' })
    await briefing()
    await user.selectOptions(screen.getByLabelText('单位'), '朱庄矿')
    expect(location()).toBe('/report?unit=zhuzhuang')
    expect(
      await screen.findByRole('heading', { level: 2, name: '朱庄矿“我为职工办实事”进展情况通报' }),
    ).toBeInTheDocument()
    const article = screen.getByRole('article')
    expect(article).toHaveTextContent(/截至.+，朱庄矿共有实事项目\d+件/)
    expect(article).toHaveTextContent(/在基层“双百”行动\d+个责任单位中完成率排(并列)?第\d+位/)
    const ranking = within(article).getByRole('region', { name: '基层“双百”行动 · 各单位按完成率排名' })
    expect(within(ranking).getByRole('row', { current: true })).toHaveTextContent('朱庄矿（本单位）')
  })

  it('copies the whole briefing as plain text and confirms it in Chinese', async () => {
    const { user } = await renderApp('/report', { as: 'supervisor-1' })
    const article = await briefing()
    await user.click(screen.getByRole('button', { name: '复制全文' }))
    expect(await screen.findByRole('status')).toHaveTextContent('通报全文已复制')
    const copied = await navigator.clipboard.readText()
    expect(copied.split('\n')[0]).toBe('淮北矿业集团“我为职工办实事”实践活动进展情况通报')
    expect(copied).toContain('其中100件重点实事项目完成34件')
    expect(copied).toContain('一、各清单完成情况\n清单\t项目数\t已完成\t完成率')
    expect(copied).toContain('六、满意度回访与销号情况')
    expect(article.textContent).toContain(copied.split('\n')[3])
  })

  it('falls back to select-and-copy where the Clipboard API is refused, and says so when that fails too', async () => {
    const { user } = await renderApp('/report', { as: 'supervisor-1' })
    await briefing()
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'))
    const execCommand = vi.fn(() => true)
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true })
    await user.click(screen.getByRole('button', { name: '复制全文' }))
    expect(await screen.findByText(/通报全文已复制/)).toBeInTheDocument()
    expect(execCommand).toHaveBeenCalledWith('copy')

    execCommand.mockReturnValue(false)
    await user.click(screen.getByRole('button', { name: '复制全文' }))
    expect(await screen.findByText(/复制失败/)).toBeInTheDocument()
    Reflect.deleteProperty(document, 'execCommand')
  })

  it('prints: the button opens the print dialog, and the print stylesheet is A4 with whole rows and repeated headers', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {})
    const { user } = await renderApp('/report', { as: 'supervisor-1' })
    await briefing()
    await user.click(screen.getByRole('button', { name: '打印 / 导出 PDF' }))
    expect(print).toHaveBeenCalledOnce()

    const briefingCss = readFileSync('src/features/report/components/briefing-document.module.css', 'utf8')
    const printRules = briefingCss.slice(briefingCss.indexOf('@media print'))
    expect(printRules).toMatch(/@page\s*{[^}]*size:\s*A4/)
    expect(printRules).toMatch(/tr\s*{\s*break-inside:\s*avoid/)
    expect(printRules).toMatch(/thead\s*{\s*display:\s*table-header-group/)
    // No app chrome on paper: the header, navigation and footer around the briefing are hidden.
    expect(printRules).toMatch(
      /:global\(header\)[^{]*,[^{]*:global\(footer\)[^{]*,[^{]*:global\(nav\)\s*{\s*display:\s*none/,
    )
  })

  it('shows a failing stats endpoint as a Chinese error with 重试', async () => {
    server.use(
      http.get('*/api/stats/struck-off', () =>
        HttpResponse.json({ error: { code: 'server_error', message: '统计服务暂时不可用' } }, { status: 500 }),
      ),
    )
    await renderApp('/report', { as: 'leader-1' })
    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('统计服务暂时不可用')
    expect(screen.getByRole('button', { name: '重试' })).toBeInTheDocument()
  })
})
