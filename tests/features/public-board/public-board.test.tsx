import { screen, within } from '@testing-library/react'
import { dateOf } from '@/domain/dates'
import { t } from '@/lib/strings/strings'
import { mockBackend } from '../../../mocks/node'
import { renderApp } from '../../render-app'

const unitItems = (unitId: string) => [...mockBackend().db.items.values()].filter((item) => item.unitId === unitId)

describe('the public board (公示)', { timeout: 20_000 }, () => {
  it('opens without signing in, with each list’s progress and every unit to choose from', async () => {
    await renderApp('/public')
    expect(
      await screen.findByRole('progressbar', { name: '“双百”行动 已完成 231 / 471 项' }, { timeout: 5000 }),
    ).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 1, name: '办实事公示栏' })).toBeInTheDocument()
    expect(screen.getByText('重点项目完成 34 / 100 项')).toBeInTheDocument()
    const units = screen.getByRole('region', { name: '各单位办理情况' })
    expect(within(units).getByRole('link', { name: '朱庄矿' })).toHaveAttribute('href', '/public?unit=zhuzhuang')
    expect(screen.queryByRole('button', { name: /用户菜单/ })).not.toBeInTheDocument()
  })

  it('finds a worker’s unit from the picker, keeps it in the address, and shows its items with progress and light', async () => {
    const { user, location } = await renderApp('/public')
    await user.selectOptions(await screen.findByLabelText('单位', {}, { timeout: 5000 }), '朱庄矿')
    expect(location()).toBe('/public?unit=zhuzhuang')

    const mine = unitItems('zhuzhuang')
    const items = await screen.findByRole('region', { name: `朱庄矿的项目（${mine.length} 项）` })
    const cards = within(items).getAllByRole('listitem')
    expect(cards).toHaveLength(mine.length)
    const first = [...mine].sort((a, b) => (a.code < b.code ? -1 : 1))[0]!
    const open = mockBackend().db.item(
      [...mine].sort((a, b) => (a.code < b.code ? -1 : 1)).find((item) => item.status === 'in_progress')!.id,
      dateOf(new Date()),
    )!
    expect(cards[0]).toHaveTextContent(first.code)
    expect(cards[0]).toHaveTextContent(first.title)
    expect(within(cards[0]!).getByRole('progressbar', { name: `${first.code} 进度` })).toHaveAttribute(
      'aria-valuenow',
      String(first.progress),
    )
    // An open item shows its light; a finished one only its status.
    const openCard = cards.find((card) => card.textContent?.includes(open.code))!
    expect(within(openCard).getByText(t.light[open.light])).toBeInTheDocument()
    // Nothing personal or internal: not the owner, not their phone, not the content.
    expect(items).not.toHaveTextContent(first.owner)
    expect(items).not.toHaveTextContent(first.content)
    expect(screen.getByRole('heading', { level: 2, name: '朱庄矿“我为职工办实事”项目公示' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: '我要提诉求' })).toHaveAttribute('href', '/submit/zhuzhuang')
  })

  it('pages through many items with links that keep the filters', async () => {
    const { user, location } = await renderApp('/public?list=double-hundred')
    const items = await screen.findByRole('region', { name: '全部单位的项目（471 项）' }, { timeout: 5000 })
    expect(within(items).getAllByRole('listitem')).toHaveLength(50)
    const pager = screen.getByRole('navigation', { name: '翻页' })
    expect(pager).toHaveTextContent('第 1 / 10 页')
    await user.click(within(pager).getByRole('link', { name: '下一页' }))
    expect(location()).toBe('/public?list=double-hundred&page=2')
    expect(await screen.findByText('第 2 / 10 页')).toBeInTheDocument()
    expect(
      within(screen.getByRole('region', { name: '全部单位的项目（471 项）' })).getAllByRole('listitem')[0],
    ).toHaveTextContent('SB-051')
  })
})
