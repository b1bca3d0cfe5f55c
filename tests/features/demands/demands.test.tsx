import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { isInStage } from '@/domain/demand-stage'
import { mockBackend, server } from '../../../mocks/node'
import { holdRequests } from '../../hold-requests'
import { renderApp } from '../../render-app'

// The charts chunk (recharts) is transformed on first import, which can outlast a test's timeout on a busy
// machine; loading it once per file keeps that cost out of the tests (as renderApp does for the routes).
beforeAll(async () => {
  await import('@/features/demands/charts/count-bar-chart')
}, 60_000)

const newDemandOf = (unitId: string) => {
  const found = [...mockBackend().db.demands.values()]
    .filter((d) => d.unitId === unitId && d.status === 'new')
    .sort((a, b) => (a.submittedAt < b.submittedAt ? 1 : -1))[0]
  if (!found) throw new Error(`no new demand in ${unitId}`)
  return found
}

async function openTriage(user: Awaited<ReturnType<typeof renderApp>>['user'], receipt: string) {
  await user.click(await screen.findByRole('button', { name: `处理诉求 ${receipt}` }))
  return screen.findByRole('region', { name: `处理诉求 ${receipt}` })
}

// A page of 50 demand rows is heavy for jsdom on a shared two-core machine: these tests get more time.
describe('the demand pool', { timeout: 20_000 }, () => {
  it('lists exactly the demands of a funnel stage', async () => {
    await renderApp('/demands?stage=closed', { as: 'leader-1' })
    const { db } = mockBackend()
    const closed = [...db.demands.values()].filter((d) =>
      isInStage(d, d.itemId ? (db.items.get(d.itemId)?.status ?? null) : null, 'closed'),
    )
    expect(closed.length).toBeGreaterThan(0)
    const table = await screen.findByRole('table', { name: new RegExp(`共 ${closed.length} 条`) })
    expect(within(table).getAllByText('已销号')).toHaveLength(Math.min(closed.length, 50))
    expect(screen.getByRole('combobox', { name: '办理阶段' })).toHaveValue('closed')
  })

  it('writes the filters to the URL', async () => {
    const { user, location } = await renderApp('/demands?stage=closed', { as: 'leader-1' })
    await screen.findByRole('table', { name: /诉求列表/ })
    await user.selectOptions(screen.getByRole('combobox', { name: '渠道' }), '党员说事室')
    await user.click(screen.getByRole('button', { name: '筛选' }))
    expect(location()).toBe('/demands?channel=talk_room&stage=closed')
    await user.click(screen.getByRole('button', { name: '清除筛选' }))
    expect(location()).toBe('/demands')
    expect(await screen.findByRole('table', { name: /共 467 条/ })).toBeInTheDocument()
  })

  it('counts by channel and status for the filters in use, as a table too', async () => {
    await renderApp('/demands?channel=talk_room', { as: 'leader-1' })
    const talk = [...mockBackend().db.demands.values()].filter((d) => d.channel === 'talk_room')
    const counts = await screen.findByRole('region', { name: /诉求分布/ })
    expect(await within(counts).findByText(`共 ${talk.length} 条`)).toBeInTheDocument()
    const byChannel = await within(counts).findByRole('table', { name: '按渠道的诉求数量' })
    const row = within(byChannel).getByRole('row', { name: /党员说事室/ })
    expect(row).toHaveTextContent(String(talk.length))
  })

  it('is laid out whole while the units and the counts load, and filtering then keeps the unit applied', async () => {
    const { release } = holdRequests('/units', '/stats/demands')
    const { user, location } = await renderApp('/demands?unit=zhuzhuang', { as: 'leader-1' })
    const filters = await screen.findByRole('search', { name: '筛选诉求' })
    expect(within(filters).getByRole('combobox', { name: '单位' })).toBeDisabled()
    // Both count cards are there, waiting, before their figures.
    const counts = screen.getByRole('region', { name: /诉求分布/ })
    expect(within(counts).getAllByRole('figure')).toHaveLength(2)
    expect(within(counts).getAllByRole('status').length).toBeGreaterThan(0)
    await user.selectOptions(within(filters).getByRole('combobox', { name: '渠道' }), '党员说事室')
    await user.click(within(filters).getByRole('button', { name: '筛选' }))
    expect(location()).toBe('/demands?channel=talk_room&unit=zhuzhuang')

    release()
    const talk = [...mockBackend().db.demands.values()].filter(
      (d) => d.channel === 'talk_room' && d.unitId === 'zhuzhuang',
    )
    expect(await within(counts).findByText(`共 ${talk.length} 条`)).toBeInTheDocument()
    expect(
      await within(screen.getByRole('search', { name: '筛选诉求' })).findByRole('combobox', { name: '单位' }),
    ).toHaveDisplayValue('朱庄矿')
  })

  it('lets a leader read but not record or triage', async () => {
    const { user } = await renderApp('/demands', { as: 'leader-1' })
    const demand = newDemandOf('zhuzhuang')
    await screen.findByRole('table', { name: /诉求列表/ })
    expect(screen.queryByRole('button', { name: '登记诉求' })).not.toBeInTheDocument()
    const panel = await openTriage(user, demand.receipt)
    expect(within(panel).getByText('当前角色只能查看，不能处理这条诉求。')).toBeInTheDocument()
    expect(within(panel).queryByRole('radio')).not.toBeInTheDocument()
  })

  it('lets a secretary record and triage for their own unit only', async () => {
    const { user } = await renderApp('/demands', { as: 'secretary-luling' })
    await user.click(await screen.findByRole('button', { name: '登记诉求' }))
    const form = screen.getByRole('region', { name: '登记一条诉求' })
    const unit = within(form).getByRole('combobox', { name: '单位' })
    expect(
      within(unit)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['芦岭矿'])
    await user.selectOptions(within(form).getByRole('combobox', { name: '渠道' }), '民情日记')
    await user.type(within(form).getByRole('textbox', { name: '诉求内容' }), '职工反映澡堂水温不稳定')
    await user.click(within(form).getByRole('button', { name: '登记' }))
    const done = await within(form).findByRole('status')
    const receipt = /BS-\d{11}/.exec(done.textContent ?? '')?.[0]
    expect([...mockBackend().db.demands.values()].find((d) => d.receipt === receipt)).toMatchObject({
      channel: 'diary',
      unitId: 'luling',
      status: 'new',
    })

    const other = await openTriage(user, newDemandOf('zhuzhuang').receipt)
    expect(within(other).getByText('当前角色只能查看，不能处理这条诉求。')).toBeInTheDocument()
  })
})

describe('triage', { timeout: 20_000 }, () => {
  it('rejects only with a reason, and keeps what was typed when the server fails', async () => {
    const { user } = await renderApp('/demands?unit=zhuzhuang&status=new', { as: 'supervisor-1' })
    const demand = newDemandOf('zhuzhuang')
    const panel = await openTriage(user, demand.receipt)
    await user.click(within(panel).getByRole('radio', { name: '不采纳' }))
    await user.click(within(panel).getByRole('button', { name: '确认不采纳' }))
    const reason = within(panel).getByRole('textbox', { name: '不采纳的理由（将告知职工）' })
    expect(await within(panel).findByText('不采纳时须说明理由')).toBeInTheDocument()
    expect(reason).toHaveAttribute('aria-invalid', 'true')

    server.use(
      http.patch('*/api/demands/:id', () =>
        HttpResponse.json(
          { error: { code: 'server_error', message: '服务器暂时无法处理请求，请稍后重试' } },
          { status: 500 },
        ),
      ),
    )
    await user.type(reason, '属于个人劳动争议，已转劳动争议调解委员会')
    await user.click(within(panel).getByRole('button', { name: '确认不采纳' }))
    expect(await within(panel).findByRole('alert')).toHaveTextContent('服务器暂时无法处理请求')
    expect(reason).toHaveValue('属于个人劳动争议，已转劳动争议调解委员会')

    server.resetHandlers()
    await user.click(within(panel).getByRole('button', { name: '确认不采纳' }))
    expect(await within(panel).findByRole('status')).toHaveTextContent('已保存')
    expect(mockBackend().db.demands.get(demand.id)).toMatchObject({
      status: 'rejected',
      reply: '属于个人劳动争议，已转劳动争议调解委员会',
    })
    expect(within(panel).getByText('未采纳')).toBeInTheDocument()
  })

  it('answers a demand', async () => {
    const { user } = await renderApp('/demands?unit=zhuzhuang&status=new', { as: 'supervisor-1' })
    const demand = newDemandOf('zhuzhuang')
    const panel = await openTriage(user, demand.receipt)
    await user.click(within(panel).getByRole('radio', { name: '答复' }))
    await user.type(
      within(panel).getByRole('textbox', { name: '答复内容（将告知职工）' }),
      '已协调后勤，下周起每日增开一班',
    )
    await user.click(within(panel).getByRole('button', { name: '发送答复' }))
    expect(await within(panel).findByRole('status')).toHaveTextContent('已保存')
    expect(mockBackend().db.demands.get(demand.id)).toMatchObject({
      status: 'answered',
      reply: '已协调后勤，下周起每日增开一班',
    })
  })

  it('links a demand to an existing item found by search; several demands may feed it', async () => {
    const { user } = await renderApp('/demands?unit=zhuzhuang&status=new', { as: 'supervisor-1' })
    const { db } = mockBackend()
    const demand = newDemandOf('zhuzhuang')
    const item = [...db.items.values()].find(
      (entry) => entry.unitId === 'zhuzhuang' && entry.status === 'in_progress' && entry.demandIds.length > 0,
    )!
    const before = item.demandIds.length
    const panel = await openTriage(user, demand.receipt)
    await user.click(within(panel).getByRole('radio', { name: '关联已有项目' }))
    await user.type(within(panel).getByRole('searchbox', { name: '搜索项目（编号、名称）' }), item.code)
    await user.click(await within(panel).findByRole('button', { name: `关联到 ${item.code}` }))
    expect(await within(panel).findByRole('link', { name: `${item.code} ${item.title}` })).toHaveAttribute(
      'href',
      `/items/${item.id}`,
    )
    expect(db.demands.get(demand.id)).toMatchObject({ status: 'adopted', itemId: item.id })
    expect(db.items.get(item.id)!.demandIds).toHaveLength(before + 1)
  })

  it('merges a duplicate into another demand of the unit', async () => {
    const { user } = await renderApp('/demands?unit=zhuzhuang&status=new', { as: 'supervisor-1' })
    const demand = newDemandOf('zhuzhuang')
    const panel = await openTriage(user, demand.receipt)
    await user.click(within(panel).getByRole('radio', { name: '合并重复诉求' }))
    const candidates = await within(panel).findByRole('list', { name: '可合并到的诉求' })
    const first = within(candidates).getAllByRole('button')[0]!
    const target = /BS-\d{11}/.exec(first.textContent ?? '')![0]
    await user.click(first)
    expect(await within(panel).findByRole('status')).toHaveTextContent('已保存')
    const merged = mockBackend().db.demands.get(demand.id)!
    expect(merged.status).toBe('merged')
    expect(mockBackend().db.demands.get(merged.mergedInto!)!.receipt).toBe(target)
  })

  it('adopts into a new item through the item form, prefilled', async () => {
    const { user } = await renderApp('/demands?unit=zhuzhuang&status=new', { as: 'supervisor-1' })
    const demand = newDemandOf('zhuzhuang')
    const panel = await openTriage(user, demand.receipt)
    const go = await within(panel).findByRole('link', { name: '去新建项目' })
    const href = new URL(go.getAttribute('href')!, 'http://x')
    expect(href.pathname).toBe('/items/new')
    expect(Object.fromEntries(href.searchParams)).toMatchObject({
      unit: 'zhuzhuang',
      list: 'double-hundred',
      demands: demand.id,
    })
    expect(href.searchParams.get('title')!.length).toBeGreaterThan(0)
    expect(demand.text.startsWith(href.searchParams.get('title')!.replace(/…$/, ''))).toBe(true)
    await user.click(within(panel).getByRole('button', { name: '关闭' }))
    expect(screen.queryByRole('region', { name: `处理诉求 ${demand.receipt}` })).not.toBeInTheDocument()
  })
})

describe('the QR poster', () => {
  it('draws the unit’s QR code for its public form', async () => {
    const { user, location } = await renderApp('/demands/poster', { as: 'secretary-zhuzhuang' })
    await user.selectOptions(await screen.findByRole('combobox', { name: '单位' }), '朱庄矿')
    expect(location()).toBe('/demands/poster?unit=zhuzhuang')
    const poster = screen.getByRole('article', { name: '朱庄矿提诉求二维码' })
    expect(within(poster).getByText(/\/submit\/zhuzhuang$/)).toBeInTheDocument()
    const qr = await within(poster).findByRole('img', { name: '朱庄矿提诉求二维码' })
    expect(qr.querySelector('path')?.getAttribute('d')?.length).toBeGreaterThan(100)
    expect(screen.getByRole('button', { name: '打印海报' })).toBeEnabled()
  })
})
