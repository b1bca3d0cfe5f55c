import { act, screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { itemKeys } from '@/api/items'
import { tokenStore } from '@/api/token-store'
import { server } from '../../mocks/node'
import { renderApp } from '../render-app'

describe('failures', () => {
  it('shows a failing request as a Chinese error with 重试, and recovers on retry', async () => {
    let failing = true
    server.use(
      http.get('*/api/stats/summary', () => {
        // Nothing returned: msw falls through to the real mock handler.
        if (failing)
          return HttpResponse.json({ error: { code: 'server_error', message: '统计服务暂时不可用' } }, { status: 500 })
      }),
    )
    const { user } = await renderApp('/', { as: 'leader-1' })

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('统计服务暂时不可用')
    failing = false
    await user.click(within(alert).getByRole('button', { name: '重试' }))

    expect(await screen.findByRole('region', { name: '8件实事' })).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('says so in Chinese when the network is down', async () => {
    server.use(http.get('*/api/items', () => HttpResponse.error()))
    await renderApp('/items', { as: 'leader-1' })

    expect(await screen.findByRole('alert')).toHaveTextContent('网络连接失败，请检查网络后重试')
  })

  it('sends the user to sign in, remembering the page, when the session expires', async () => {
    const { location, queryClient } = await renderApp('/items', { as: 'leader-1' })
    expect(await screen.findByRole('table', { name: /项目台账/ })).toBeInTheDocument()

    server.use(
      http.get('*/api/items', () =>
        HttpResponse.json({ error: { code: 'unauthenticated', message: '请先登录' } }, { status: 401 }),
      ),
    )
    await act(() => queryClient.invalidateQueries({ queryKey: itemKeys.all }))

    expect(await screen.findByRole('heading', { level: 1, name: '登录作战图' })).toBeInTheDocument()
    expect(location()).toBe('/sign-in?next=%2Fitems')
    expect(tokenStore.get()).toBeNull()
  })
})
