import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { addDays, dateOf, minDate } from '@/domain/dates'
import { mockBackend, server } from '../../../mocks/node'
import { renderApp } from '../../render-app'

const secretary = 'secretary-yuandian2'
const draftKey = `banshi.new-item-draft.${secretary}`

function seed() {
  const { db } = mockBackend()
  const deadline = minDate(addDays(dateOf(new Date()), 30), db.campaign.endDate)
  return { db, deadline, category: db.campaign.categories[0]! }
}

async function fillForm(
  user: Awaited<ReturnType<typeof renderApp>>['user'],
  values: { title: string; deadline: string; category: string },
) {
  await user.type(await screen.findByRole('textbox', { name: /项目名称/ }), values.title)
  await user.type(screen.getByRole('textbox', { name: /项目内容/ }), '为井口候车室安装空调两台')
  await user.type(screen.getByRole('textbox', { name: /服务对象/ }), '一线职工')
  await user.selectOptions(screen.getByRole('combobox', { name: /类别/ }), values.category)
  await user.type(screen.getByRole('textbox', { name: /^责任人/ }), '张三')
  await user.type(screen.getByLabelText(/完成时限/), values.deadline)
}

describe('adding an item (/items/new)', { timeout: 40_000 }, () => {
  it('shows the domain’s messages next to each field and posts nothing while any is wrong', async () => {
    let posted = 0
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST' && new URL(request.url).pathname === '/api/items') posted += 1
    })
    const { user } = await renderApp('/items/new', { as: secretary })
    await screen.findByRole('textbox', { name: /项目名称/ })
    expect(screen.getByRole('combobox', { name: /责任单位/ })).toHaveDisplayValue('袁店二矿')
    expect(screen.getByRole('combobox', { name: /清单/ })).toHaveDisplayValue('“双百”行动')

    await user.click(screen.getByRole('button', { name: '保存项目' }))

    expect(screen.getByRole('alert')).toHaveTextContent('有 6 处需要修改，请查看标红的字段')
    const title = screen.getByRole('textbox', { name: /项目名称/ })
    expect(title).toHaveAttribute('aria-invalid', 'true')
    expect(title).toHaveAccessibleDescription(/请填写项目名称/)
    expect(title).toHaveFocus()
    expect(screen.getByRole('textbox', { name: /项目内容/ })).toHaveAccessibleDescription(/请填写项目内容/)
    expect(screen.getByRole('combobox', { name: /类别/ })).toHaveAccessibleDescription(/请选择类别/)
    expect(screen.getByLabelText(/完成时限/)).toHaveAccessibleDescription(/请填写完成时限/)

    await user.type(title, '修')
    await user.type(screen.getByLabelText(/完成时限/), addDays(dateOf(new Date()), -1))
    expect(title).toHaveAccessibleDescription(/项目名称至少 2 个字/)
    expect(screen.getByLabelText(/完成时限/)).toHaveAccessibleDescription(/完成时限不能早于今天/)
    expect(posted).toBe(0)
    server.events.removeAllListeners()
  })

  it('warns on a title the unit already has', async () => {
    const { db } = seed()
    const existing = [...db.items.values()].find((item) => item.unitId === 'yuandian2')!
    const { user } = await renderApp('/items/new', { as: secretary })
    const title = await screen.findByRole('textbox', { name: /项目名称/ })
    await user.type(title, `${existing.title} `)
    expect(await screen.findByText(`本单位已有同名项目“${existing.title}”，请确认不是重复填报`)).toBeInTheDocument()
  })

  it('keeps the draft through a reload and a failed save, and clears it once saved', async () => {
    const { deadline, category } = seed()
    const first = await renderApp('/items/new', { as: secretary })
    await fillForm(first.user, { title: '井口候车室装空调', deadline, category: category.name })
    expect(JSON.parse(localStorage.getItem(draftKey)!).values).toMatchObject({ title: '井口候车室装空调', deadline })
    first.unmount()

    // "Reload": a fresh app over the same storage.
    server.use(
      http.post('*/api/items', () =>
        HttpResponse.json({ error: { code: 'server_error', message: '服务器暂时无法处理请求' } }, { status: 500 }),
      ),
    )
    const { user, location } = await renderApp('/items/new', { as: secretary })
    expect(await screen.findByText('已恢复您上次未提交的草稿。')).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: /项目名称/ })).toHaveValue('井口候车室装空调')
    expect(screen.getByRole('combobox', { name: /类别/ })).toHaveValue(category.id)
    expect(screen.getByLabelText(/完成时限/)).toHaveValue(deadline)

    await user.click(screen.getByRole('button', { name: '保存项目' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('保存失败，您填写的内容已保留：服务器暂时无法处理请求')
    expect(screen.getByRole('textbox', { name: /项目名称/ })).toHaveValue('井口候车室装空调')
    expect(localStorage.getItem(draftKey)).not.toBeNull()

    server.resetHandlers()
    await user.click(screen.getByRole('button', { name: '保存项目' }))
    await screen.findByRole('heading', { level: 1, name: /井口候车室装空调|项目详情/ })
    expect(location()).toMatch(/^\/items\/item-/)
    expect(localStorage.getItem(draftKey)).toBeNull()
    const saved = [...mockBackend().db.items.values()].find((item) => item.title === '井口候车室装空调')
    expect(saved).toMatchObject({
      unitId: 'yuandian2',
      listId: 'double-hundred',
      category: category.id,
      deadline,
      owner: '张三',
      status: 'planned',
    })
    expect(await screen.findByText(`已新建项目 ${saved?.code ?? '?'}`)).toHaveAttribute('role', 'status')
  })

  it('refuses another unit: the domain says so before posting, and the backend’s 403 is shown with the draft kept', async () => {
    const { deadline, category } = seed()
    const { user } = await renderApp('/items/new?unit=luling', { as: secretary })
    await fillForm(user, { title: '别的单位的项目', deadline, category: category.name })
    await user.click(screen.getByRole('button', { name: '保存项目' }))
    expect(screen.getByRole('combobox', { name: /责任单位/ })).toHaveAccessibleDescription(/只能为本单位新建项目/)

    // The backend decides in the end: when it refuses (403), its reason shows and nothing typed is lost.
    await user.selectOptions(screen.getByRole('combobox', { name: /责任单位/ }), '袁店二矿')
    server.use(
      http.post('*/api/items', () =>
        HttpResponse.json({ error: { code: 'forbidden', message: '只能为本单位新建项目' } }, { status: 403 }),
      ),
    )
    await user.click(screen.getByRole('button', { name: '保存项目' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('保存失败，您填写的内容已保留：只能为本单位新建项目')
    expect(screen.getByRole('textbox', { name: /项目名称/ })).toHaveValue('别的单位的项目')
  })

  it('takes the unit, demands and title from the address and links the demand to the new item', async () => {
    const { db, deadline, category } = seed()
    const demand = [...db.demands.values()].find(
      (entry) => entry.unitId === 'yuandian2' && entry.status === 'new' && entry.itemId === null,
    )!
    const { user } = await renderApp(
      `/items/new?unit=yuandian2&list=double-hundred&demands=${demand.id}&title=${encodeURIComponent('采纳的诉求')}`,
      { as: secretary },
    )
    expect(await screen.findByRole('textbox', { name: /项目名称/ })).toHaveValue('采纳的诉求')
    const picker = await screen.findByRole('group', { name: '来源诉求（选填）' })
    const box = await within(picker).findByRole('checkbox', { name: new RegExp(demand.receipt) })
    expect(box).toBeChecked()
    await user.type(screen.getByRole('textbox', { name: /项目内容/ }), '内容')
    await user.type(screen.getByRole('textbox', { name: /服务对象/ }), '一线职工')
    await user.selectOptions(screen.getByRole('combobox', { name: /类别/ }), category.name)
    await user.type(screen.getByRole('textbox', { name: /^责任人/ }), '李四')
    await user.type(screen.getByLabelText(/完成时限/), deadline)
    await user.click(screen.getByRole('button', { name: '保存项目' }))
    await screen.findByRole('heading', { level: 1, name: /采纳的诉求|项目详情/ })
    const saved = [...mockBackend().db.items.values()].find((item) => item.title === '采纳的诉求')!
    expect(mockBackend().db.demands.get(demand.id)).toMatchObject({ itemId: saved.id })
  })

  it('offers supervision every list, with the units each list takes, and a leader no form', async () => {
    const { db } = mockBackend()
    const kindOf = new Map(db.units.map((unit) => [unit.name, unit.kind]))
    const first = await renderApp('/items/new', { as: 'supervisor-1' })
    const listBox = await screen.findByRole('combobox', { name: /清单/ })
    expect(listBox).toBeEnabled()
    expect(listBox).toHaveDisplayValue('“双百”行动')
    expect(
      within(listBox)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['8件实事', 'N件难题', '“双百”行动'])
    const unitBox = screen.getByRole('combobox', { name: /责任单位/ })
    expect(unitBox).toBeEnabled()
    const offered = () =>
      within(unitBox)
        .getAllByRole('option')
        .map((option) => option.textContent ?? '')
    // The unit the form starts on (the supervisor's own) is kept as a choice though the list does not take it.
    expect(offered().filter((name) => kindOf.get(name) === 'grassroots').length).toBeGreaterThan(1)
    expect(offered().filter((name) => kindOf.get(name) !== 'grassroots')).toHaveLength(1)
    await first.user.selectOptions(listBox, 'N件难题')
    expect(offered().filter((name) => kindOf.get(name) === 'grassroots')).toEqual([])
    expect(screen.queryByRole('link', { name: '返回本单位' })).toBeNull()
    first.unmount()

    await renderApp('/items/new', { as: 'leader-1' })
    expect(await screen.findByText('您不能新建项目。')).toBeInTheDocument()
    expect(screen.queryByRole('combobox', { name: /清单/ })).toBeNull()
  })
})
