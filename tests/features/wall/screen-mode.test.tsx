import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { listItems } from '@/api/items'
import { getSummary } from '@/api/stats'
import { liveState } from '@/api/live/state'
import { listUnits } from '@/api/units'
import { redListReason } from '@/domain/briefing'
import { tp } from '@/lib/strings/page-strings'
import { server } from '../../../mocks/node'
import { renderApp } from '../../render-app'

describe('screen mode', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('rotates through the panels every N seconds and pauses', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    await renderApp('/screen?interval=5', { as: 'leader-1' })
    expect(await screen.findByText(/^总体情况 · 第 1 \/ 6 屏$/)).toBeInTheDocument()
    expect(screen.queryByRole('navigation', { name: '主导航' })).not.toBeInTheDocument()
    // Date and time: a screen left on overnight must not pass yesterday's figures off as today's.
    expect(await screen.findByText(/^数据截至 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/)).toBeInTheDocument()

    await act(() => vi.advanceTimersByTimeAsync(5_000))
    expect(screen.getByText(/^红榜 · 第 2 \/ 6 屏$/)).toBeInTheDocument()

    fireEvent.click(screen.getByRole('button', { name: '暂停轮播' }))
    await act(() => vi.advanceTimersByTimeAsync(20_000))
    expect(screen.getByText(/^红榜 · 第 2 \/ 6 屏$/)).toBeInTheDocument()

    fireEvent.keyDown(window, { key: ' ', code: 'Space' })
    await act(() => vi.advanceTimersByTimeAsync(5_000))
    expect(screen.getByText(/^重点实事 · 第 3 \/ 6 屏$/)).toBeInTheDocument()
  })

  it('shows the red list (红榜): how many, then each item with its unit and why, as the API counts them', async () => {
    const { user } = await renderApp('/screen?interval=600', { as: 'leader-1' })
    await user.click(await screen.findByRole('button', { name: '切换到：红榜' }))
    expect(screen.getByText(/^红榜 · 第 2 \/ 6 屏$/)).toBeInTheDocument()

    // The figures as the API gives them: the summary's count and the red-listed items themselves.
    const summary = await getSummary()
    const redListed = summary.lists.reduce((sum, list) => sum + list.redListed, 0)
    const { items, total } = await listItems({ redList: true, sort: 'deadline', pageSize: 500 })
    const units = new Map((await listUnits()).items.map((unit) => [unit.id, unit.name]))
    expect(redListed).toBeGreaterThan(0)
    expect(total).toBe(redListed)

    const panel = await screen.findByRole('region', { name: '红榜' })
    expect(within(panel).getByRole('link', { name: `红榜 ${redListed}，查看明细` })).toHaveAttribute(
      'href',
      '/items?redList=true',
    )
    expect(within(panel).getByText(/^列入标准：2 次及以上催办逾期未回复，或超期超过 30 天$/)).toBeInTheDocument()
    const table = await within(panel).findByRole('table', { name: '红榜' })
    const rows = within(table).getAllByRole('row').slice(1)
    const shown = items.slice(0, 10)
    expect(rows).toHaveLength(shown.length)
    shown.forEach((item, index) => {
      const cells = within(rows[index]!).getAllByRole('cell')
      expect(cells[0]).toHaveTextContent(item.code)
      expect(within(rows[index]!).getByRole('rowheader')).toHaveTextContent(item.title)
      expect(cells[1]).toHaveTextContent(units.get(item.unitId)!)
      const reason = tp.redList.reason(redListReason(item, summary.asOf))
      expect(reason).toMatch(/次催办|逾期 \d+ 天/)
      expect(cells[2]).toHaveTextContent(reason)
    })
  })

  it('refreshes on its own while the live channel is down, and marks the figures stale when a refresh fails', async () => {
    let summaries = 0
    let failing = false
    server.events.on('request:start', ({ request }) => {
      if (new URL(request.url).pathname.endsWith('/stats/summary')) summaries += 1
    })
    server.use(
      http.get('*/api/events', () => HttpResponse.error()),
      http.get('*/api/stats/summary', () => {
        if (failing)
          return HttpResponse.json({ error: { code: 'server_error', message: '统计服务暂时不可用' } }, { status: 500 })
      }),
    )
    vi.useFakeTimers({ shouldAdvanceTime: true })
    await renderApp('/screen?interval=600', { as: 'leader-1' })
    expect(await screen.findByRole('region', { name: '“双百”行动' })).toBeInTheDocument()
    const before = summaries

    await act(() => vi.advanceTimersByTimeAsync(60_000))
    expect(summaries).toBeGreaterThan(before)
    expect(screen.queryByText('数据可能不是最新')).not.toBeInTheDocument()

    failing = true
    await act(() => vi.advanceTimersByTimeAsync(60_000))
    expect(await screen.findByText('数据可能不是最新')).toBeInTheDocument()
    // The last good figures stay on screen.
    expect(screen.getByRole('region', { name: '“双百”行动' })).toBeInTheDocument()
    server.events.removeAllListeners()
  })

  it('does not poll while the live channel is up: each change refreshes it instead', async () => {
    let summaries = 0
    server.events.on('request:start', ({ request }) => {
      if (new URL(request.url).pathname.endsWith('/stats/summary')) summaries += 1
    })
    vi.useFakeTimers({ shouldAdvanceTime: true })
    await renderApp('/screen?interval=600', { as: 'leader-1' })
    expect(await screen.findByRole('region', { name: '“双百”行动' })).toBeInTheDocument()
    await waitFor(() => expect(liveState.get().status).toBe('live'))
    const before = summaries
    await act(() => vi.advanceTimersByTimeAsync(120_000))
    expect(summaries).toBe(before)
    server.events.removeAllListeners()
  })
})
