import { screen, within } from '@testing-library/react'
import { mockBackend } from '../../mocks/node'
import { holdRequests } from '../hold-requests'
import { renderApp } from '../render-app'

const nameOf = (userId: string) => mockBackend().db.user(userId)?.name ?? userId

describe('navigation', () => {
  it('shows the links a role uses: 本单位 for a branch secretary, not for a leader', async () => {
    const { user } = await renderApp('/', { as: 'leader-1' })

    const nav = await screen.findByRole('navigation', { name: '主导航' })
    expect(within(nav).getByRole('link', { name: '进度墙' })).toHaveAttribute('aria-current', 'page')
    expect(within(nav).getByRole('link', { name: '督办' })).toBeInTheDocument()
    expect(within(nav).queryByRole('link', { name: '本单位' })).not.toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: new RegExp(`^${nameOf('leader-1')} .*，用户菜单$`) }))
    await user.click(screen.getByRole('button', { name: new RegExp(nameOf('secretary-zhuzhuang')) }))

    expect(await within(nav).findByRole('link', { name: '本单位' })).toBeInTheDocument()
    expect(within(nav).queryByRole('link', { name: '督办' })).not.toBeInTheDocument()
    expect(
      screen.getByRole('button', { name: new RegExp(`^${nameOf('secretary-zhuzhuang')} 支部书记，用户菜单$`) }),
    ).toBeInTheDocument()

    await user.click(within(nav).getByRole('link', { name: '本单位' }))
    expect(await screen.findByRole('heading', { level: 1, name: /本单位 · 朱庄矿/ })).toBeInTheDocument()
  })

  it('keeps the header’s line for the figures’ date while they load, so the page below does not move when it comes', async () => {
    const { release } = holdRequests('/stats/summary')
    await renderApp('/items', { as: 'supervisor-1' })
    const banner = await screen.findByRole('banner')
    const name = await within(banner).findByText(/办实事.*实践活动/)
    const dateLine = name.nextElementSibling
    // Blank (a non-breaking space) but there, one line tall, from the first frame.
    expect(dateLine?.textContent).toBe('\u00a0')
    release()
    await within(banner).findByText(/^数据截至 /)
    expect(name.nextElementSibling).toBe(dateLine)
    expect(dateLine).toHaveTextContent(/^数据截至 \d{4}年\d{1,2}月\d{1,2}日$/)
  })

  it('answers an unknown address with a Chinese 404 and a way home', async () => {
    const { user, location } = await renderApp('/no-such-page', { as: 'leader-1' })

    expect(await screen.findByRole('heading', { level: 1, name: '页面不存在' })).toBeInTheDocument()
    await user.click(screen.getByRole('link', { name: '返回进度墙' }))
    expect(await screen.findByRole('heading', { level: 1, name: '进度墙' })).toBeInTheDocument()
    expect(location()).toBe('/')
  })

  it('opens an item from the ledger with its fields and its timeline', async () => {
    const { user } = await renderApp('/items?list=eight', { as: 'supervisor-1' })

    const table = await screen.findByRole('table', { name: /项目台账/ })
    const [firstLink] = within(table).getAllByRole('link')
    if (!firstLink) throw new Error('the ledger lists no item')
    const code = firstLink.textContent ?? ''
    await user.click(firstLink)

    expect(await screen.findByText(new RegExp(`^${code} · `))).toBeInTheDocument()
    expect(screen.getByRole('region', { name: '项目信息' })).toBeInTheDocument()
    const timeline = screen.getByRole('region', { name: '办理动态' })
    expect(await within(timeline).findAllByRole('listitem')).not.toHaveLength(0)
  })

  it('shows the public board without signing in, one unit at a time', async () => {
    const { user } = await renderApp('/public')

    expect(await screen.findByRole('heading', { level: 1, name: '办实事公示栏' })).toBeInTheDocument()
    await user.click(await screen.findByRole('link', { name: '朱庄矿' }))

    const items = await screen.findByRole('region', { name: /^朱庄矿的项目（\d+ 项）$/ })
    expect(within(items).getAllByRole('listitem').length).toBeGreaterThan(1)
    expect(screen.queryByRole('navigation', { name: '主导航' })).toBeInTheDocument()
  })
})
