import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { supervisionQueue } from '@/domain/supervision-queue'
import { mockBackend, server } from '../../../mocks/node'
import { renderApp } from '../../render-app'
import { today } from '../item/item-helpers'

const slow = { timeout: 30_000 }

function expectedQueue() {
  return supervisionQueue(mockBackend().db.allViews(today()), today())
}

describe('the supervision queue (督办)', () => {
  it('lists what needs a supervisor, most urgent first, and filters by reason through the address', slow, async () => {
    const { user, location } = await renderApp('/supervision', { as: 'supervisor-1' })
    const queue = expectedQueue()
    const table = await screen.findByRole('table', { name: new RegExp(`督办队列.*共 ${queue.length} 项`) })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(within(rows[0]!).getByRole('link').textContent).toBe(queue[0]!.item.code)
    expect(within(rows[1]!).getByRole('link').textContent).toBe(queue[1]!.item.code)

    const awaiting = queue.filter((entry) => entry.reasons.includes('awaiting_strike_off')).length
    await user.click(screen.getByRole('button', { name: `待销号（${awaiting}）` }))
    expect(location()).toBe('/supervision?reason=awaiting_strike_off')
    expect(await screen.findByRole('table', { name: new RegExp(`共 ${awaiting} 项`) })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: `待销号（${awaiting}）` })).toHaveAttribute('aria-pressed', 'true')
  })

  it('urges several items with one form and reports each one’s outcome', slow, async () => {
    const { user } = await renderApp('/supervision?reason=overdue', { as: 'supervisor-1' })
    const queue = expectedQueue().filter((entry) => entry.reasons.includes('overdue'))
    const [first, second, third] = queue
    if (!first || !second || !third) throw new Error('the seed has too few overdue items')
    server.use(
      http.post(`*/api/items/${second.item.id}/updates`, () =>
        HttpResponse.json(
          { error: { code: 'server_error', message: '服务器暂时无法处理请求，请稍后重试' } },
          { status: 500 },
        ),
      ),
    )
    const table = await screen.findByRole('table', { name: /督办队列/ })
    for (const entry of [first, second, third])
      await user.click(within(table).getByRole('checkbox', { name: `选择 ${entry.item.code}` }))

    const panel = screen.getByRole('region', { name: '向选中的 3 个项目发出催办' })
    await user.type(within(panel).getByLabelText('催办事项'), '逾期未完成，请三日内说明原因并报送计划')
    await user.click(within(panel).getByRole('button', { name: '批量催办' }))

    expect(await within(panel).findByText('催办结果：成功 2 项，未成功 1 项')).toBeInTheDocument()
    const results = within(panel).getByRole('list', { name: '催办结果：成功 2 项，未成功 1 项' })
    expect(within(results).getAllByText('已催办')).toHaveLength(2)
    expect(within(results).getByText('未成功：服务器暂时无法处理请求，请稍后重试')).toBeInTheDocument()
    const urges = (id: string) =>
      mockBackend()
        .db.updatesOf(id)
        .filter((update) => update.kind === 'urge').length
    expect(urges(first.item.id)).toBe(first.item.urge.count + 1)
    expect(urges(second.item.id)).toBe(second.item.urge.count)

    // The failed one stays selected: the same form retries it.
    server.resetHandlers()
    expect(within(panel).getByText('已选 1 项')).toBeInTheDocument()
    await user.click(within(panel).getByRole('button', { name: '重试未成功的项目' }))
    expect(await within(panel).findByText('催办已发出：1 项全部成功')).toBeInTheDocument()
    expect(urges(second.item.id)).toBe(second.item.urge.count + 1)
  })

  it('offers a leader no bulk urge, with the reason', slow, async () => {
    await renderApp('/supervision', { as: 'leader-1' })
    expect(await screen.findByText('批量催办：当前角色不能提交“催办”')).toBeInTheDocument()
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument()
  })
})
