import { screen, waitFor, within } from '@testing-library/react'
import { mockBackend } from '../../../mocks/node'
import { renderApp } from '../../render-app'

// 人员管理 and 操作日志 (issue 23), and everyone's 修改密码: the real providers and routes over the mock.

const slow = { timeout: 30_000 }

const accountOf = async (username: string) =>
  (await mockBackend().core.store.accounts.list()).find((account) => account.username === username)

describe('people administration (人员管理)', () => {
  it('offers 人员管理 to admins only', slow, async () => {
    await renderApp('/', { as: 'supervisor-1' })
    const nav = await screen.findByRole('navigation', { name: '主导航' })
    expect(within(nav).queryByRole('link', { name: '人员管理' })).toBeNull()
  })

  it('lets an admin create a secretary and shows the one-time password once', slow, async () => {
    const { user } = await renderApp('/admin/users', { as: 'admin-1' })
    expect(await screen.findByRole('heading', { level: 1, name: '人员管理' })).toBeInTheDocument()
    const form = screen.getByRole('region', { name: '新建账号' })
    await user.type(within(form).getByLabelText('姓名'), '孙晓梅')
    await user.type(within(form).getByLabelText('用户名'), 'sun.xiaomei')
    await user.selectOptions(within(form).getByLabelText('角色'), '支部书记')
    await user.click(within(form).getByRole('button', { name: '创建账号' }))
    expect(within(form).getByLabelText('单位')).toHaveAccessibleDescription(/支部书记须选择一个基层单位/)

    await user.selectOptions(within(form).getByLabelText('单位'), '朱庄矿')
    await user.type(within(form).getByLabelText('电话（选填）'), '0561-3120001')
    await user.click(within(form).getByRole('button', { name: '创建账号' }))

    const secret = await screen.findByRole('region', { name: '已为 孙晓梅 创建账号' })
    const code = within(secret).getByText(/^[A-Za-z0-9]{12}$/).textContent
    expect(secret).toHaveFocus()
    const table = screen.getByRole('region', { name: '全部账号' })
    const row = (await within(table).findByRole('rowheader', { name: /孙晓梅/ })).closest('tr')!
    expect(row).toHaveTextContent('sun.xiaomei')
    expect(row).toHaveTextContent('朱庄矿')
    expect(row).toHaveTextContent('待改初始密码')
    const account = await accountOf('sun.xiaomei')
    expect(account).toMatchObject({ role: 'secretary', unitId: 'zhuzhuang', mustChangePassword: true })
    expect(await mockBackend().core.store.accounts.verify(account!.id, code!)).toBe(true)

    await user.click(within(secret).getByRole('button', { name: '我已记下' }))
    expect(screen.queryByRole('region', { name: '已为 孙晓梅 创建账号' })).toBeNull()
  })

  it('moves a secretary to another unit from her row, and says so', slow, async () => {
    const { user } = await renderApp('/admin/users', { as: 'admin-1' })
    const table = await screen.findByRole('region', { name: '全部账号' })
    const row = (await within(table).findByRole('rowheader', { name: /刘长海/ })).closest('tr')!
    const unitBefore = (await accountOf('secretary-zhuzhuang'))?.unitId
    expect(unitBefore).toBe('zhuzhuang')
    await user.click(within(row).getByRole('button', { name: '修改 刘长海 的信息' }))
    const form = screen.getByRole('form', { name: '修改 刘长海 的信息' })
    expect(within(form).getByLabelText('姓名')).toHaveValue('刘长海')
    await user.selectOptions(within(form).getByLabelText('单位'), '芦岭矿')
    await user.click(within(form).getByRole('button', { name: '保存' }))
    expect(await screen.findByText('已保存 刘长海 的信息。')).toBeInTheDocument()
    expect((await accountOf('secretary-zhuzhuang'))?.unitId).toBe('luling')
    expect(screen.queryByRole('form', { name: '修改 刘长海 的信息' })).toBeNull()
    expect(row).toHaveTextContent('芦岭矿')
  })

  it('disables an account after a confirmation, and writes it to the audit log', slow, async () => {
    const { user } = await renderApp('/admin/users', { as: 'admin-1' })
    const table = await screen.findByRole('region', { name: '全部账号' })
    // An admin is offered nothing that would lock themself out.
    const own = (await within(table).findByRole('rowheader', { name: /汪晓雯/ })).closest('tr')!
    expect(within(own).queryByRole('button', { name: /停用/ })).toBeNull()

    await user.click(within(table).getByRole('button', { name: '停用 杜红梅' }))
    const dialog = screen.getByRole('alertdialog')
    expect(dialog).toHaveTextContent('确定停用 杜红梅 的账号')
    await user.click(within(dialog).getByRole('button', { name: '确定' }))
    expect(await screen.findByText('已停用 杜红梅 的账号。')).toBeInTheDocument()
    await waitFor(() => expect(within(table).getByRole('button', { name: '启用 杜红梅' })).toBeInTheDocument())
    expect((await mockBackend().core.store.accounts.get('secretary-luling'))?.disabled).toBe(true)

    await user.click(screen.getByRole('link', { name: '操作日志' }))
    expect(await screen.findByRole('heading', { level: 1, name: '操作日志' })).toBeInTheDocument()
    const log = await screen.findByRole('region', { name: '操作日志' })
    const first = within(log).getAllByRole('row')[1]!
    expect(first).toHaveTextContent('汪晓雯')
    expect(first).toHaveTextContent('停用账号')
    expect(first).toHaveTextContent('杜红梅')
  })

  it('resets a password to a one-time code shown to the admin', slow, async () => {
    const { user } = await renderApp('/admin/users', { as: 'admin-1' })
    const table = await screen.findByRole('region', { name: '全部账号' })
    await user.click(within(table).getByRole('button', { name: '重置密码 钱卫东' }))
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: '确定' }))
    const secret = await screen.findByRole('region', { name: '已重置 钱卫东 的密码' })
    const code = within(secret).getByText(/^[A-Za-z0-9]{12}$/).textContent!
    expect(await mockBackend().core.store.accounts.verify('supervisor-1', code)).toBe(true)
  })

  it('exports the audit log with formulas neutralised', slow, async () => {
    const store = mockBackend().core.store
    const admin = (await store.accounts.get('admin-1'))!
    await store.accounts.save(
      { ...admin, id: 'user-x', username: 'formula', name: '=HYPERLINK("x")', role: 'leader', unitId: null },
      {
        password: 'irrelevant',
        audit: {
          id: 'audit-x',
          at: new Date().toISOString(),
          actorId: 'admin-1',
          actorName: '汪晓雯',
          action: 'create_user',
          targetId: 'user-x',
          targetName: '=HYPERLINK("x")',
          detail: '新建账号 formula',
        },
      },
    )
    const blobs: Blob[] = []
    URL.createObjectURL = (blob: Blob | MediaSource) => (blobs.push(blob as Blob), 'blob:audit')
    URL.revokeObjectURL = () => undefined
    // jsdom does not download: the link's click is the browser's part.
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)
    const { user } = await renderApp('/admin/audit', { as: 'admin-1' })
    await screen.findByRole('region', { name: '操作日志' })
    await user.click(screen.getByRole('button', { name: '导出 CSV' }))
    await waitFor(() => expect(blobs).toHaveLength(1))
    const text = await blobs[0]!.text()
    expect(text).toContain('操作人')
    expect(text).toContain(`'=HYPERLINK`)
    expect(text).not.toMatch(/(^|,)"?=HYPERLINK/m)
  })
})

describe('own password (修改密码)', () => {
  it('sends a user with a one-time password to 修改密码 first, then lets them in', slow, async () => {
    const store = mockBackend().core.store
    const secretary = (await store.accounts.get('secretary-zhuzhuang'))!
    await store.accounts.save(
      { ...secretary, mustChangePassword: true },
      {
        password: 'Temp0rary-Code',
        audit: {
          id: 'audit-y',
          at: new Date().toISOString(),
          actorId: 'admin-1',
          actorName: '汪晓雯',
          action: 'reset_password',
          targetId: secretary.id,
          targetName: secretary.name,
          detail: '重置密码',
        },
      },
    )
    const { user, location } = await renderApp('/items', { as: 'secretary-zhuzhuang' })
    expect(await screen.findByText(/您正在使用管理员提供的一次性密码/)).toBeInTheDocument()
    expect(location()).toBe('/account/password')

    await user.type(screen.getByLabelText('当前密码'), 'Temp0rary-Code')
    await user.type(screen.getByLabelText('新密码'), 'short')
    await user.type(screen.getByLabelText('再次输入新密码'), 'short')
    await user.click(screen.getByRole('button', { name: '修改密码' }))
    expect(screen.getByLabelText('新密码')).toHaveAccessibleDescription('密码至少 10 位')

    await user.clear(screen.getByLabelText('新密码'))
    await user.clear(screen.getByLabelText('再次输入新密码'))
    await user.type(screen.getByLabelText('新密码'), 'Zhuzhuang2026ok')
    await user.type(screen.getByLabelText('再次输入新密码'), 'Zhuzhuang2026ok')
    await user.click(screen.getByRole('button', { name: '修改密码' }))
    expect(await screen.findByText('密码已修改。')).toBeInTheDocument()
    await waitFor(() => expect(screen.queryByText(/您正在使用管理员提供的一次性密码/)).toBeNull())
    expect(await store.accounts.verify(secretary.id, 'Zhuzhuang2026ok')).toBe(true)
    expect((await store.accounts.get(secretary.id))?.mustChangePassword).toBe(false)
  })
})
