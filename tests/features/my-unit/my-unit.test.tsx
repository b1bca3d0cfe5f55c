import { screen, within } from '@testing-library/react'
import { attentionOf, tallyUnitItems } from '@/domain/attention'
import { dateOf } from '@/domain/dates'
import { mockBackend } from '../../../mocks/node'
import { renderApp } from '../../render-app'

const secretary = 'secretary-yuandian2'

function unitItems() {
  const { db } = mockBackend()
  const today = dateOf(new Date())
  const items = [...db.items.keys()].map((id) => db.item(id, today)!).filter((item) => item.unitId === 'yuandian2')
  return { db, today, items }
}

describe('my unit (/my-unit)', { timeout: 40_000 }, () => {
  it('shows the unit’s figures against its target, what needs attention, its items and its demands', async () => {
    const { db, today, items } = unitItems()
    await renderApp('/my-unit', { as: secretary })
    expect(await screen.findByRole('heading', { level: 1, name: '本单位 · 袁店二矿' })).toBeInTheDocument()
    const tally = tallyUnitItems(items, today)
    const target = db.units.find((unit) => unit.id === 'yuandian2')!.itemTarget
    const figures = await screen.findByRole('region', { name: '本单位概况' })
    expect(within(figures).getByText(target ? `${tally.total} / ${target}` : String(tally.total))).toBeInTheDocument()

    const waiting = items.filter((item) => attentionOf(item, today).length > 0)
    const attention = screen.getByRole('region', { name: new RegExp(`^需要处理`) })
    expect(within(attention).queryAllByRole('listitem')).toHaveLength(waiting.length)
    expect(waiting.length).toBeGreaterThan(0)

    expect(screen.getByRole('table', { name: `袁店二矿的项目 · 共 ${items.length} 项` })).toBeInTheDocument()
    const demands = [...db.demands.values()].filter((demand) => demand.unitId === 'yuandian2')
    expect(await screen.findByRole('table', { name: `本单位诉求（共 ${demands.length} 条）` })).toBeInTheDocument()
    const open = demands.find((demand) => demand.status === 'new' && demand.itemId === null)
    if (open)
      expect(screen.getByRole('link', { name: `据此新建项目（诉求 ${open.receipt}）` })).toHaveAttribute(
        'href',
        `/items/new?unit=yuandian2&list=double-hundred&demands=${open.id}`,
      )
    expect(screen.getByRole('link', { name: '新建项目' })).toHaveAttribute(
      'href',
      '/items/new?unit=yuandian2&list=double-hundred',
    )
    expect(screen.getByRole('link', { name: '从 Excel 导入' })).toHaveAttribute('href', '/my-unit/import')
  })

  it('reports progress on an item that needs attention, through the updates API', async () => {
    const { today, items } = unitItems()
    const item = items.find((entry) => attentionOf(entry, today).length > 0 && entry.status !== 'done')!
    const { user } = await renderApp('/my-unit', { as: secretary })
    await user.click(await screen.findByRole('button', { name: `报送进展：${item.title}` }))
    const form = screen.getByRole('form', { name: `报送进展：${item.title}` })
    const progress = within(form).getByRole('spinbutton', { name: '当前进度（%）' })
    await user.clear(progress)
    await user.type(progress, String(Math.min(100, item.progress + 10)))
    await user.type(within(form).getByRole('textbox', { name: '说明' }), '已完成设备采购')
    await user.click(within(form).getByRole('button', { name: '提交' }))
    expect(await screen.findByText(`已提交：${item.title}`)).toBeInTheDocument()
    const updates = mockBackend().db.updatesOf(item.id)
    expect(updates.at(-1)).toMatchObject({
      kind: 'progress',
      progress: Math.min(100, item.progress + 10),
      note: '已完成设备采购',
    })
  })

  it('tells a user without a grassroots unit what the page is for', async () => {
    await renderApp('/my-unit', { as: 'leader-1' })
    expect(await screen.findByText('当前用户没有绑定基层单位，本页面向支部书记。')).toBeInTheDocument()
  })
})
