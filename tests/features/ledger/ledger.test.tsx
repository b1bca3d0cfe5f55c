import { screen, within } from '@testing-library/react'
import { http } from 'msw'
import { server } from '../../../mocks/node'
import { renderApp } from '../../render-app'

const slow = { timeout: 30_000 }

describe('the ledger (台账)', () => {
  it('round-trips every filter, the sort and the page through the address', slow, async () => {
    const { user, location, unmount } = await renderApp('/items?list=double-hundred&overdue=true&sort=-progress', { as: 'supervisor-1' })
    const filters = await screen.findByRole('region', { name: '筛选项目' }, { timeout: 5_000 })
    expect(within(filters).getByLabelText('清单')).toHaveDisplayValue('“双百”行动')
    expect(within(filters).getByLabelText('已逾期')).toHaveDisplayValue('已逾期')
    const table = await screen.findByRole('table', { name: /项目台账/ }, { timeout: 5_000 })
    expect(within(table).getByRole('columnheader', { name: /进度/ })).toHaveAttribute('aria-sort', 'descending')

    await user.click(within(table).getByRole('button', { name: /完成时限/ }))
    expect(location()).toBe('/items?list=double-hundred&overdue=true&sort=deadline')
    await user.click(within(await screen.findByRole('table', { name: /项目台账/ }, { timeout: 5_000 })).getByRole('button', { name: /完成时限/ }))
    expect(location()).toBe('/items?list=double-hundred&overdue=true&sort=-deadline')

    await user.selectOptions(within(filters).getByLabelText('单位'), '朱庄矿')
    await user.selectOptions(within(filters).getByLabelText('重点项目'), '是')
    expect(location()).toBe('/items?list=double-hundred&unit=zhuzhuang&key=true&overdue=true&sort=-deadline')

    await user.type(within(filters).getByLabelText('关键词'), '职工{Enter}')
    expect(location()).toBe('/items?list=double-hundred&unit=zhuzhuang&key=true&overdue=true&q=%E8%81%8C%E5%B7%A5&sort=-deadline')
    const shared = location()
    unmount()

    // The same address opens the same view.
    await renderApp(shared, { as: 'leader-1' })
    const again = await screen.findByRole('region', { name: '筛选项目' }, { timeout: 5_000 })
    expect(within(again).getByLabelText('单位')).toHaveDisplayValue('朱庄矿')
    expect(within(again).getByLabelText('重点项目')).toHaveDisplayValue('是')
    expect(within(again).getByLabelText('关键词')).toHaveValue('职工')
    const summary = screen.getByRole('region', { name: '当前筛选' })
    expect(within(summary).getByText('单位：朱庄矿')).toBeInTheDocument()
    expect(within(summary).getByText('按完成时限降序排列')).toBeInTheDocument()
  })

  it('pages on the server and keeps a drill-down’s several values', slow, async () => {
    const { user, location } = await renderApp('/items?list=double-hundred&status=done%2Cclosed', { as: 'leader-1' })
    const filters = await screen.findByRole('region', { name: '筛选项目' }, { timeout: 5_000 })
    expect(within(filters).getByLabelText('状态')).toHaveDisplayValue('已办结、已销号（多项）')
    expect(await screen.findByRole('table', { name: /第 1–50 项，共 231 项/ })).toBeInTheDocument()

    const pages = screen.getByRole('navigation', { name: '分页' })
    await user.click(within(pages).getByRole('button', { name: '下一页' }))
    expect(location()).toBe('/items?list=double-hundred&status=done%2Cclosed&page=2')
    expect(await screen.findByRole('table', { name: /第 51–100 项，共 231 项/ })).toBeInTheDocument()

    // A filter change goes back to the first page.
    await user.selectOptions(within(filters).getByLabelText('灯号'), '已完成')
    expect(location()).toBe('/items?list=double-hundred&status=done%2Cclosed&light=none')
  })

  it('says so when nothing matches, and clears every filter at once', slow, async () => {
    const { user, location } = await renderApp('/items?q=%E4%B8%8D%E5%AD%98%E5%9C%A8%E7%9A%84%E9%A1%B9%E7%9B%AEzz', { as: 'leader-1' })
    expect(await screen.findByText('没有符合筛选条件的项目', {}, { timeout: 5_000 })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: '清除筛选' }))
    expect(location()).toBe('/items')
    expect(screen.getByLabelText('关键词')).toHaveDisplayValue('')
    expect(await screen.findByRole('table', { name: /项目台账/ }, { timeout: 5_000 })).toBeInTheDocument()
  })

  it('keeps the page on screen, marked busy, until the next one has come, asking the server once', slow, async () => {
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    const asked: string[] = []
    // Holds page 2 until the test lets it go, then falls through to the mock's handler.
    server.use(
      http.get('*/api/items', async ({ request }) => {
        const page = new URL(request.url).searchParams.get('page')
        if (page !== '2') return
        asked.push(page)
        await held
      }),
    )
    const { user, location } = await renderApp('/items?list=double-hundred&status=done%2Cclosed', { as: 'leader-1' })
    const first = await screen.findByRole('table', { name: /第 1–50 项，共 231 项/ }, { timeout: 5_000 })
    await user.click(within(screen.getByRole('navigation', { name: '分页' })).getByRole('button', { name: '下一页' }))
    expect(location()).toBe('/items?list=double-hundred&status=done%2Cclosed&page=2')
    expect(screen.getByRole('table', { name: /第 1–50 项，共 231 项/ })).toBe(first)
    expect(first.closest('[aria-busy]')).toHaveAttribute('aria-busy', 'true')

    release()
    const next = await screen.findByRole('table', { name: /第 51–100 项，共 231 项/ })
    expect(next.closest('[aria-busy]')).toHaveAttribute('aria-busy', 'false')
    // The click's prefetch and the route's query are the same query: one request.
    expect(asked).toEqual(['2'])
  })
})
