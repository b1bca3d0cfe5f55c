import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { mockBackend, server } from '../../mocks/node'
import { renderApp } from '../render-app'

// Issue 28: with the demo's faults on, a reload whose session check failed showed a bare 出错了 card, and the
// 演示数据 menu that switches the faults off was out of reach.

describe('a page that could not load', { timeout: 20_000 }, () => {
  it('keeps the header, the navigation and the demo menu, says what failed, and recovers', async () => {
    // The demo's faults switched on right after signing in: every later request fails (the menu's own do not).
    server.events.on('response:mocked', ({ request }) => {
      if (request.method === 'POST' && new URL(request.url).pathname.endsWith('/session'))
        mockBackend().settings.failureRate = 1
    })
    const { user } = await renderApp('/', { as: 'leader-1' })

    const alert = await screen.findByRole('alert')
    expect(within(alert).getByRole('heading', { name: '无法确认登录状态，页面没有加载' })).toBeInTheDocument()
    expect(alert).toHaveTextContent(/\S+/)
    expect(within(alert).getByRole('button', { name: '重试' })).toBeInTheDocument()
    const banner = screen.getByRole('banner')
    const nav = within(banner).getByRole('navigation', { name: '主导航' })
    expect(within(nav).getByRole('link', { name: '进度墙' })).toBeInTheDocument()
    expect(within(nav).getByRole('link', { name: '台账' })).toBeInTheDocument()

    // The faults are switched off where they were switched on; the page then comes.
    await user.click(within(banner).getByRole('button', { name: '演示数据' }))
    await user.selectOptions(await screen.findByLabelText('模拟故障率'), '0% 的请求会失败')
    await user.click(screen.getByRole('button', { name: '保存设置' }))

    expect(await screen.findByRole('region', { name: '8件实事' })).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: '无法确认登录状态，页面没有加载' })).not.toBeInTheDocument()
    server.events.removeAllListeners()
  })

  it('says which data failed to load, with 重试, inside the page', async () => {
    let failing = true
    server.use(
      http.get('*/api/items', () => {
        if (failing)
          return HttpResponse.json(
            { error: { code: 'server_error', message: '服务器暂时无法处理请求' } },
            { status: 500 },
          )
      }),
    )
    const { user } = await renderApp('/items', { as: 'leader-1' })

    const alert = await screen.findByRole('alert', {}, { timeout: 5_000 })
    expect(within(alert).getByRole('heading', { name: '数据加载失败' })).toBeInTheDocument()
    expect(alert).toHaveTextContent('服务器暂时无法处理请求')
    expect(screen.getByRole('banner')).toBeInTheDocument()
    failing = false
    await user.click(within(alert).getByRole('button', { name: '重试' }))
    expect(await screen.findByRole('table', { name: /项目台账/ }, { timeout: 5_000 })).toBeInTheDocument()
  })
})
