import { screen, within } from '@testing-library/react'
import ExcelJS from 'exceljs'
import { http, HttpResponse } from 'msw'
import { mockBackend, server } from '../../../mocks/node'
import { renderApp } from '../../render-app'
import { bytesOf } from '../../blob-bytes'

// 导入人员名册 (issue 23): a roster workbook checked row by row, the good rows created one by one through
// POST /admin/users, and the new accounts' one-time passwords shown once and downloadable.

const slow = { timeout: 30_000 }
const headers = ['姓名', '用户名', '角色', '单位', '手机', '职务']

async function rosterFile(rows: string[][]): Promise<File> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('人员名册')
  for (const row of [headers, ...rows]) sheet.addRow(row)
  return new File([await workbook.xlsx.writeBuffer()], 'roster.xlsx')
}

const accounts = () => mockBackend().core.store.accounts.list()

async function choose(rows: string[][]) {
  const view = await renderApp('/admin/users/import', { as: 'admin-1' })
  expect(await screen.findByRole('heading', { level: 1, name: '导入人员名册' })).toBeInTheDocument()
  await view.user.upload(await screen.findByLabelText('选择 .xlsx 文件'), await rosterFile(rows))
  return view
}

const rowOfLine = (region: HTMLElement, line: number) =>
  within(region)
    .getByRole('rowheader', { name: String(line) })
    .closest('tr')!

describe('importing a staff roster (导入人员名册)', () => {
  it('is linked from 人员管理', slow, async () => {
    const { user, location } = await renderApp('/admin/users', { as: 'admin-1' })
    await user.click(await screen.findByRole('link', { name: '从名册导入' }))
    expect(await screen.findByRole('heading', { level: 1, name: '导入人员名册' })).toBeInTheDocument()
    expect(location()).toBe('/admin/users/import')
  })

  it('flags bad rows and repeats, creates only the good rows and shows their passwords once', slow, async () => {
    const taken = (await accounts())[0]!.username
    const before = (await accounts()).length
    const { user } = await choose([
      ['钱一', 'qian.yi', '支部书记', '朱庄矿', '13800000001', '党支部书记'], // 2 ok
      ['=SUM(1)', 'zhao.er', '督办组', '', '', ''], // 3 ok, a formula-like name kept as text
      ['', 'no.name', '支部书记', '朱庄矿', '', ''], // 4 no name
      ['孙三', 'qian.yi', '督办组', '', '', ''], // 5 repeats line 2's username
      ['李四', taken, '督办组', '', '', ''], // 6 username already taken
      ['周五', 'zhou.wu', '支部书记', '', '', ''], // 7 a secretary without a unit
    ])
    expect(await screen.findByText('共 6 行：可导入 2 行，有问题 4 行。')).toBeInTheDocument()
    const preview = screen.getByRole('region', { name: /导入预览/ })
    expect(rowOfLine(preview, 2)).toHaveTextContent('可导入')
    expect(rowOfLine(preview, 4)).toHaveTextContent('不导入')
    expect(rowOfLine(preview, 4)).toHaveTextContent('请填写姓名')
    expect(rowOfLine(preview, 5)).toHaveTextContent('与第 2 行的用户名重复')
    expect(rowOfLine(preview, 6)).toHaveTextContent(`用户名 ${taken} 已有账号`)
    expect(rowOfLine(preview, 7)).toHaveTextContent('支部书记须选择一个基层单位')

    await user.click(screen.getByRole('button', { name: '导入 2 人' }))
    expect(await screen.findByText('已创建 2 人；创建失败 0 行；未创建（有问题或已停止）4 行。')).toBeInTheDocument()
    const report = screen.getByRole('region', { name: /导入预览/ })
    expect(rowOfLine(report, 2)).toHaveTextContent('已创建')
    expect(rowOfLine(report, 4)).toHaveTextContent('不导入')

    const after = await accounts()
    expect(after).toHaveLength(before + 2)
    expect(after.filter((account) => account.username === 'qian.yi')).toEqual([
      expect.objectContaining({ name: '钱一', role: 'secretary', unitId: 'zhuzhuang', phone: '13800000001' }),
    ])
    expect(after.some((account) => account.username === 'no.name' || account.username === 'zhou.wu')).toBe(false)

    const passwords = screen.getByRole('region', { name: '新建账号的初始密码' })
    expect(screen.getByText(/只显示这一次/)).toBeInTheDocument()
    for (const username of ['qian.yi', 'zhao.er']) {
      const row = within(passwords).getByText(username).closest('tr')!
      const code = within(row).getByText(/^[A-Za-z0-9]{12}$/).textContent!
      const id = after.find((account) => account.username === username)!.id
      expect(await mockBackend().core.store.accounts.verify(id, code)).toBe(true)
    }

    // 初始密码单: the same passwords in a workbook, a formula-like cell kept as text.
    let blob: Blob | undefined
    const saved = { create: URL.createObjectURL, revoke: URL.revokeObjectURL }
    URL.createObjectURL = (data: Blob) => {
      blob = data
      return 'blob:passwords'
    }
    URL.revokeObjectURL = () => {}
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    await user.click(screen.getByRole('button', { name: '下载初始密码单（.xlsx）' }))
    await vi.waitFor(() => expect(blob).toBeDefined())
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await bytesOf(blob!))
    const sheet = workbook.worksheets[0]!
    expect(sheet.getRow(1).values).toEqual([undefined, '姓名', '用户名', '角色', '单位', '初始密码'])
    expect(sheet.getRow(3).getCell(1).value).toBe("'=SUM(1)")
    const code = within(within(passwords).getByText('zhao.er').closest('tr')!).getByText(/^[A-Za-z0-9]{12}$/)
    expect(sheet.getRow(3).getCell(5).value).toBe(code.textContent)
    expect(click).toHaveBeenCalled()
    click.mockRestore()
    Object.assign(URL, { createObjectURL: saved.create, revokeObjectURL: saved.revoke })
  })

  it('keeps the preview when the network fails, and checks the same file again', slow, async () => {
    server.use(http.post('*/api/admin/users', () => HttpResponse.error(), { once: true }))
    const { user } = await choose([
      ['吴六', 'wu.liu', '督办组', '', '', ''],
      ['郑七', 'zheng.qi', '集团领导', '', '', ''],
    ])
    await user.click(await screen.findByRole('button', { name: '导入 2 人' }))
    expect(await screen.findByText('已创建 0 人；创建失败 1 行；未创建（有问题或已停止）1 行。')).toBeInTheDocument()
    const report = screen.getByRole('region', { name: /导入预览/ })
    expect(rowOfLine(report, 2)).toHaveTextContent(/创建失败：\S+/)
    expect(rowOfLine(report, 2)).toHaveTextContent('wu.liu')
    expect(rowOfLine(report, 3)).toHaveTextContent('已停止，未创建')
    expect(screen.queryByRole('region', { name: '新建账号的初始密码' })).toBeNull()
    expect((await accounts()).some((account) => account.username === 'wu.liu')).toBe(false)

    await user.click(screen.getByRole('button', { name: '重新检查这个文件' }))
    await user.click(await screen.findByRole('button', { name: '导入 2 人' }))
    expect(await screen.findByText('已创建 2 人；创建失败 0 行；未创建（有问题或已停止）0 行。')).toBeInTheDocument()
  })
})
