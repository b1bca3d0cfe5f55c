import { act, fireEvent, screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { server } from '../../../mocks/node'
import { renderApp } from '../../render-app'

describe('screen mode', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('rotates through the panels every N seconds and pauses', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    await renderApp('/screen?interval=5', { as: 'leader-1' })
    expect(await screen.findByText(/^总体情况 · 第 1 \/ 5 屏$/)).toBeInTheDocument()
    expect(screen.queryByRole('navigation', { name: '主导航' })).not.toBeInTheDocument()
    expect(await screen.findByText(/^数据截至 \d{2}:\d{2}$/)).toBeInTheDocument()

    await act(() => vi.advanceTimersByTimeAsync(5_000))
    expect(screen.getByText(/^重点实事 · 第 2 \/ 5 屏$/)).toBeInTheDocument()

    fireEvent.click(screen.getByRole('button', { name: '暂停轮播' }))
    await act(() => vi.advanceTimersByTimeAsync(20_000))
    expect(screen.getByText(/^重点实事 · 第 2 \/ 5 屏$/)).toBeInTheDocument()

    fireEvent.keyDown(window, { key: ' ', code: 'Space' })
    await act(() => vi.advanceTimersByTimeAsync(5_000))
    expect(screen.getByText(/^项目全景 · 第 3 \/ 5 屏$/)).toBeInTheDocument()
  })

  it('refreshes on its own and marks the figures stale when a refresh fails', async () => {
    let summaries = 0
    let failing = false
    server.events.on('request:start', ({ request }) => {
      if (new URL(request.url).pathname.endsWith('/stats/summary')) summaries += 1
    })
    server.use(
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
})
