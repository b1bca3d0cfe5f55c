import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { mockBackend, server } from '../../../mocks/node'
import { renderApp } from '../../render-app'

// 组织机构 (issue 23): admins add a company, put a mine under it, and see refusals by the field.

const slow = { timeout: 30_000 }

describe('the org tree page (组织机构)', () => {
  it('is offered to admins only', slow, async () => {
    await renderApp('/', { as: 'supervisor-1' })
    const nav = await screen.findByRole('navigation', { name: '主导航' })
    expect(within(nav).queryByRole('link', { name: '组织机构' })).toBeNull()
  })

  it('adds a company under the group and moves a mine under it', slow, async () => {
    const { user } = await renderApp('/admin/units', { as: 'admin-1' })
    expect(await screen.findByRole('heading', { level: 1, name: '组织机构' })).toBeInTheDocument()
    const form = screen.getByRole('form', { name: '新增单位' })
    await user.type(within(form).getByLabelText('单位名称'), '煤电公司')
    await user.selectOptions(within(form).getByLabelText('类别'), '二级公司')
    expect(within(form).queryByLabelText('计划项目数（选填）')).toBeNull()
    await user.click(within(form).getByRole('button', { name: '新增' }))
    expect(await screen.findByText('已新增 煤电公司。')).toBeInTheDocument()
    const tree = screen.getByRole('list', { name: '组织机构树' })
    expect(await within(tree).findByText('煤电公司')).toBeInTheDocument()

    await user.click(within(tree).getByRole('button', { name: '调整 芦岭矿' }))
    const edit = screen.getByRole('form', { name: '调整：芦岭矿' })
    await user.selectOptions(within(edit).getByLabelText('上级单位'), '煤电公司')
    await user.clear(within(edit).getByLabelText('计划项目数（选填）'))
    await user.type(within(edit).getByLabelText('计划项目数（选填）'), '32')
    await user.click(within(edit).getByRole('button', { name: '保存' }))
    expect(await screen.findByText('已保存 芦岭矿 的调整。')).toBeInTheDocument()
    const company = mockBackend().db.units.find((unit) => unit.name === '煤电公司')!
    expect(mockBackend().db.units.find((unit) => unit.id === 'luling')).toMatchObject({
      parentId: company.id,
      itemTarget: 32,
    })
    expect(within(tree).getByText('芦岭矿').closest('li')).toHaveTextContent('计划 32 项')
  })

  it('shows the server’s refusal on its field and keeps what was typed', slow, async () => {
    const { user } = await renderApp('/admin/units', { as: 'admin-1' })
    const form = await screen.findByRole('form', { name: '新增单位' })
    await user.type(within(form).getByLabelText('单位名称'), '朱庄矿')
    await user.click(within(form).getByRole('button', { name: '新增' }))
    expect(await within(form).findByRole('alert')).toHaveTextContent('已有同名单位')
    expect(within(form).getByLabelText('单位名称')).toHaveAccessibleDescription(/已有同名单位/)
    expect(within(form).getByLabelText('单位名称')).toHaveValue('朱庄矿')
  })

  it('puts a rename back when the server refuses it', slow, async () => {
    const { user } = await renderApp('/admin/units', { as: 'admin-1' })
    const tree = await screen.findByRole('list', { name: '组织机构树' })
    server.use(
      http.patch('*/api/admin/units/:id', () =>
        HttpResponse.json({ error: { code: 'internal', message: '服务器出错了，请稍后再试' } }, { status: 500 }),
      ),
    )
    await user.click(within(tree).getByRole('button', { name: '调整 五沟矿' }))
    const edit = screen.getByRole('form', { name: '调整：五沟矿' })
    await user.clear(within(edit).getByLabelText('单位名称'))
    await user.type(within(edit).getByLabelText('单位名称'), '五沟煤矿')
    await user.click(within(edit).getByRole('button', { name: '保存' }))
    expect(await within(edit).findByRole('alert')).toBeInTheDocument()
    expect(within(tree).getByText('五沟矿')).toBeInTheDocument()
    expect(within(edit).getByLabelText('单位名称')).toHaveValue('五沟煤矿')
  })
})
