import { screen, within } from '@testing-library/react'
import { mockBackend } from '../../mocks/node'
import { renderApp } from '../render-app'

const nameOf = (userId: string) => {
  const user = mockBackend().db.user(userId)
  if (!user) throw new Error(`no demo user ${userId}`)
  return user.name
}

describe('signing in', () => {
  it('offers the demo users by role and opens the wall with the seeded headline figures', async () => {
    const { user, location } = await renderApp('/')

    expect(await screen.findByRole('heading', { level: 1, name: '登录作战图' })).toBeInTheDocument()
    expect(location()).toBe('/sign-in')
    expect(await screen.findByRole('heading', { level: 2, name: '集团领导' })).toBeInTheDocument()
    for (const role of ['督办组', '支部书记', '管理员']) {
      expect(screen.getByRole('heading', { level: 2, name: role })).toBeInTheDocument()
    }
    const leaders = screen.getByRole('region', { name: '集团领导' })
    await user.click(within(leaders).getByRole('button', { name: new RegExp(nameOf('leader-1')) }))

    expect(await screen.findByRole('heading', { level: 1, name: '进度墙' })).toBeInTheDocument()
    const eight = await screen.findByRole('region', { name: '8件实事' })
    expect(within(eight).getByRole('definition', { name: '推进中' })).toHaveTextContent('8')

    const doubleHundred = screen.getByRole('region', { name: '“双百”行动' })
    const done = within(doubleHundred).getByRole('progressbar', { name: '已完成' })
    expect(done).toHaveAttribute('aria-valuenow', '231')
    expect(done).toHaveAttribute('aria-valuemax', '471')
    const key = within(doubleHundred).getByRole('progressbar', { name: '重点项目完成' })
    expect(key).toHaveAttribute('aria-valuenow', '34')
    expect(key).toHaveAttribute('aria-valuemax', '100')

    const banner = screen.getByRole('banner')
    expect(within(banner).getByText(/^数据截至 \d{4}年\d{1,2}月\d{1,2}日$/)).toBeInTheDocument()
    expect(within(banner).getByRole('button', { name: new RegExp(nameOf('leader-1')) })).toBeInTheDocument()
  })

  it('sends a signed-out visitor to sign-in and back to the page they asked for', async () => {
    const { user, location } = await renderApp('/items')

    expect(await screen.findByRole('heading', { level: 1, name: '登录作战图' })).toBeInTheDocument()
    expect(location()).toBe('/sign-in?next=%2Fitems')
    await user.click(await screen.findByRole('button', { name: new RegExp(nameOf('supervisor-1')) }))

    expect(await screen.findByRole('heading', { level: 1, name: '项目台账' })).toBeInTheDocument()
    expect(location()).toBe('/items')
    const table = await screen.findByRole('table', { name: /项目台账/ })
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(1)
  })

  it('signs out back to the sign-in page', async () => {
    const { user, location } = await renderApp('/', { as: 'leader-1' })

    await user.click(await screen.findByRole('button', { name: new RegExp(`^${nameOf('leader-1')} .*，用户菜单$`) }))
    await user.click(screen.getByRole('button', { name: '退出登录' }))

    expect(await screen.findByRole('heading', { level: 1, name: '登录作战图' })).toBeInTheDocument()
    expect(location()).toBe('/sign-in')
  })
})
