import { fireEvent, screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { addDays, dateOf, minDate } from '@/domain/dates'
import { writeCsv } from '@/lib/sheet/csv'
import { templateHeaders } from '@/lib/sheet/item-columns'
import { sheetFileData } from '@/lib/sheet/sheet-file'
import { mockBackend, server } from '../../../mocks/node'
import { renderApp } from '../../render-app'

const secretary = 'secretary-yuandian2'

function seed() {
  const { db } = mockBackend()
  const today = dateOf(new Date())
  return {
    db,
    today,
    deadline: minDate(addDays(today, 30), db.campaign.endDate),
    category: db.campaign.categories[0]!.name,
  }
}

const csvFile = (rows: string[][], name = 'items.csv') => new File([writeCsv(rows)], name, { type: 'text/csv' })

async function choose(file: File) {
  const view = await renderApp('/my-unit/import', { as: secretary })
  const input = await screen.findByLabelText('选择 .xlsx 或 .csv 文件')
  await view.user.upload(input, file)
  return view
}

const rowOfLine = (line: number) => {
  const header = screen.getByRole('rowheader', { name: String(line) })
  return header.closest('tr')!
}

describe('importing items from a spreadsheet', { timeout: 30_000 }, () => {
  it('stops at wrong headers and names the missing columns', async () => {
    await choose(
      csvFile([
        ['名称', '内容', '服务对象', '类别', '负责人', '完成时限'],
        ['a', 'b', 'c', 'd', 'e', 'f'],
      ]),
    )
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '表头与模板不符，缺少以下列：项目名称、项目内容、责任人。请使用模板填写。以下列不在模板中，导入时忽略：名称、内容、负责人',
    )
    expect(screen.queryByRole('button', { name: /导入 \d+ 个/ })).not.toBeInTheDocument()
  })

  it('marks every bad row and cell, imports only the good rows after confirmation, and reports each row', async () => {
    const { db, deadline, category, today } = seed()
    const existing = [...db.items.values()].find((item) => item.unitId === 'yuandian2')!
    const before = db.items.size
    const row = (
      title: string,
      overrides: Partial<Record<'content' | 'category' | 'unit' | 'deadline', string>> = {},
    ) => [
      title,
      overrides.content ?? '具体内容',
      '一线职工',
      overrides.category ?? category,
      overrides.unit ?? '',
      '张三',
      '',
      overrides.deadline ?? deadline,
    ]
    const file = csvFile([
      templateHeaders,
      row('井口候车室装空调'), // 2 ok
      row('', {}), // 3 missing title
      ['', '', '', '', '', '', '', ''], // 4 empty, ignored
      row('浴室加装防滑垫', { deadline: '下个月' }), // 5 bad date
      row('职工书屋扩建', { deadline: addDays(today, -1) }), // 6 before today
      row('篮球场翻新', { category: '娱乐' }), // 7 unknown category
      row('井口候车室装空调。'), // 8 duplicate of line 2
      row(existing.title), // 9 duplicate of an existing item
      row('公式单元格', { content: '=HYPERLINK("http://x","点我")' }), // 10 formula as text: ok, with a warning
      row('别的单位的项目', { unit: '芦岭矿' }), // 11 another unit
      row('食堂加装空调', { deadline: deadline.replaceAll('-', '/') }), // 12 ok, date written with slashes
      ['', '', '', '', '', '', '', ''], // trailing empty row: not reported
    ])
    const { user } = await choose(file)

    expect(await screen.findByText('共 11 行：可导入 3 行，有问题 7 行，空行 1 行（忽略）。')).toBeInTheDocument()
    const expectRow = (line: number, result: string, ...notes: string[]) => {
      const tr = rowOfLine(line)
      expect(within(tr).getAllByRole('cell')[0]).toHaveTextContent(result)
      for (const note of notes) expect(tr).toHaveTextContent(note)
    }
    expectRow(2, '可导入')
    expectRow(3, '不导入', '请填写项目名称')
    expectRow(4, '空行，忽略')
    expectRow(5, '不导入', '日期格式应为 YYYY-MM-DD')
    expectRow(6, '不导入', '完成时限不能早于今天')
    expectRow(7, '不导入', '未知的类别')
    expectRow(8, '不导入', '与第 2 行重复')
    expectRow(9, '不导入', `本单位已有项目“${existing.title}”`)
    expectRow(10, '可导入', '提示：以“=”开头的内容按文本导入，不会当作公式')
    expectRow(11, '不导入', '只能为本单位新建项目')
    expectRow(12, '可导入')
    expect(db.items.size).toBe(before)

    await user.click(screen.getByRole('checkbox', { name: '只看有问题的行' }))
    const table = screen.getByRole('table', { name: /导入预览/ })
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['3', '5', '6', '7', '8', '9', '11'])

    await user.click(screen.getByRole('button', { name: '导入 3 个可导入的项目' }))
    expect(await screen.findByText('已导入 3 项；导入失败 0 行；未导入（有问题或已停止）7 行。')).toBeInTheDocument()
    expect(db.items.size).toBe(before + 3)
    const imported = [...db.items.values()].slice(-3)
    expect(imported.map((item) => item.title)).toEqual(['井口候车室装空调', '公式单元格', '食堂加装空调'])
    expect(imported[1]!.content).toBe('=HYPERLINK("http://x","点我")')
    expect(
      imported.every(
        (item) => item.unitId === 'yuandian2' && item.listId === 'double-hundred' && item.deadline === deadline,
      ),
    ).toBe(true)
    expect(rowOfLine(2)).toHaveTextContent(`已导入，编号 ${imported[0]!.code}`)
  })

  it('reads an .xlsx file, its formula cells taken as text', async () => {
    const { deadline, category } = seed()
    const data = await sheetFileData('xlsx', [
      {
        name: '项目',
        columns: templateHeaders.map((header) => ({ header, width: 10 })),
        rows: [['职工食堂改造升级', "'=1+2", '一线职工', category, '', '张三', '', deadline]],
      },
    ])
    await choose(new File([data], 'items.xlsx'))
    expect(await screen.findByText('共 1 行：可导入 1 行，有问题 0 行。')).toBeInTheDocument()
    expect(rowOfLine(2)).toHaveTextContent('=1+2')
  })

  it('refuses other file types in Chinese', async () => {
    await renderApp('/my-unit/import', { as: secretary })
    // The picker's accept list is a hint; a person can still pick any file.
    fireEvent.change(await screen.findByLabelText('选择 .xlsx 或 .csv 文件'), {
      target: { files: [new File(['x'], 'items.xls')] },
    })
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '只支持 .xlsx 和 .csv 文件（.xls 请在 Excel 中另存为 .xlsx）',
    )
  })

  it('previews a 5,005-row file a page at a time and imports its 5,000 good rows in chunks, reporting every row', async () => {
    const { deadline, category, db } = seed()
    const unitItems = () => [...db.items.values()].filter((item) => item.unitId === 'yuandian2').length
    const before = unitItems()
    // Every 1,001st row lacks its content: 5 bad rows, 5,000 good ones.
    const rows = Array.from({ length: 5005 }, (_, index) =>
      index % 1001 === 1000
        ? [`第${index}号`, '', '一线职工', category, '', '张三', '', deadline]
        : [`批量项目第${index}号`, '内容', '一线职工', category, '', '张三', '', deadline],
    )
    const { user } = await choose(csvFile([templateHeaders, ...rows], 'big.csv'))
    expect(
      await screen.findByText('共 5005 行：可导入 5000 行，有问题 5 行。', {}, { timeout: 15_000 }),
    ).toBeInTheDocument()
    expect(screen.getByRole('table', { name: '导入预览（第 1 / 101 页）' })).toBeInTheDocument()
    expect(screen.getAllByRole('rowheader')).toHaveLength(50)
    await user.click(screen.getByRole('button', { name: '下一页' }))
    expect(screen.getByRole('table', { name: '导入预览（第 2 / 101 页）' })).toBeInTheDocument()
    await user.click(screen.getByRole('checkbox', { name: '只看有问题的行' }))
    expect(screen.getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual([
      '1002',
      '2003',
      '3004',
      '4005',
      '5006',
    ])

    await user.click(screen.getByRole('button', { name: '导入 5000 个可导入的项目' }))
    expect(
      await screen.findByText('已导入 5000 项；导入失败 0 行；未导入（有问题或已停止）5 行。', {}, { timeout: 30_000 }),
    ).toBeInTheDocument()
    expect(unitItems()).toBe(before + 5000)
    const titles = new Set(
      [...db.items.values()].filter((item) => item.unitId === 'yuandian2').map((item) => item.title),
    )
    expect(
      titles.has('批量项目第0号') &&
        titles.has('批量项目第5003号') &&
        !titles.has('批量项目第5004号') &&
        !titles.has('第5004号'),
    ).toBe(true)
    const codes = [...db.items.values()].filter((item) => item.title.startsWith('批量项目')).map((item) => item.code)
    expect(new Set(codes).size).toBe(5000)
    expect(rowOfLine(2)).toHaveTextContent(/已导入，编号 SB-\d+/)
    await user.click(screen.getByRole('checkbox', { name: '只看有问题的行' }))
    expect(rowOfLine(1002)).toHaveTextContent('不导入')
  }, 90_000)

  it('stops between chunks: the chunk already sent is imported, the rest reported as stopped', async () => {
    const { deadline, category, db } = seed()
    const before = db.items.size
    const rows = Array.from({ length: 1500 }, (_, index) => [
      `分批项目第${index}号`,
      '内容',
      '一线职工',
      category,
      '',
      '张三',
      '',
      deadline,
    ])
    await choose(csvFile([templateHeaders, ...rows], 'stop.csv'))
    expect(
      await screen.findByText('共 1500 行：可导入 1500 行，有问题 0 行。', {}, { timeout: 15_000 }),
    ).toBeInTheDocument()
    // Clicked synchronously, while the first chunk of 1,000 is on its way.
    fireEvent.click(screen.getByRole('button', { name: '导入 1500 个可导入的项目' }))
    fireEvent.click(screen.getByRole('button', { name: '停止导入' }))
    expect(screen.getByRole('button', { name: '停止导入' })).toBeDisabled()
    expect(
      await screen.findByText(
        '已导入 1000 项；导入失败 0 行；未导入（有问题或已停止）500 行。',
        {},
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument()
    expect(db.items.size).toBe(before + 1000)
    const titles = new Set([...db.items.values()].map((item) => item.title))
    expect(titles.has('分批项目第999号') && !titles.has('分批项目第1000号')).toBe(true)
    expect(rowOfLine(2)).toHaveTextContent(/已导入，编号/)
  }, 60_000)

  it('reports each row the server refused, a row it did not answer, and a chunk that failed as a whole', async () => {
    const { deadline, category } = seed()
    const rows = ['职工食堂改造', '澡堂热水改造', '职工书屋扩建'].map((title) => [
      title,
      '内容',
      '一线职工',
      category,
      '',
      '张三',
      '',
      deadline,
    ])
    server.use(
      http.post(
        '*/api/items/batch',
        () =>
          HttpResponse.json({
            results: [
              { index: 0, error: { code: 'forbidden', message: '只能为本单位新建项目' } },
              {
                index: 2,
                error: {
                  code: 'validation',
                  message: '提交的内容有误，请按提示修改',
                  fields: { deadline: '完成时限不能早于今天' },
                },
              },
            ],
          }),
        { once: true },
      ),
      http.post(
        '*/api/items/batch',
        () =>
          HttpResponse.json(
            { error: { code: 'server_error', message: '服务器内部错误，请稍后重试' } },
            { status: 500 },
          ),
        { once: true },
      ),
    )
    const { user } = await choose(csvFile([templateHeaders, ...rows]))
    await user.click(await screen.findByRole('button', { name: '导入 3 个可导入的项目' }))
    expect(await screen.findByText('已导入 0 项；导入失败 3 行；未导入（有问题或已停止）0 行。')).toBeInTheDocument()
    expect(rowOfLine(2)).toHaveTextContent('导入失败：只能为本单位新建项目')
    expect(rowOfLine(3)).toHaveTextContent('导入失败：服务器未返回这一行的结果')
    expect(rowOfLine(4)).toHaveTextContent('导入失败：完成时限不能早于今天')

    await user.click(screen.getByRole('button', { name: '导入另一个文件' }))
    await user.upload(screen.getByLabelText('选择 .xlsx 或 .csv 文件'), csvFile([templateHeaders, ...rows]))
    await user.click(await screen.findByRole('button', { name: '导入 3 个可导入的项目' }))
    expect(await screen.findByText('已导入 0 项；导入失败 3 行；未导入（有问题或已停止）0 行。')).toBeInTheDocument()
    for (const line of [2, 3, 4]) expect(rowOfLine(line)).toHaveTextContent('导入失败：服务器内部错误，请稍后重试')
  })
})
