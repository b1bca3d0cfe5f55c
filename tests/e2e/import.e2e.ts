import { readFileSync } from 'node:fs'
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openBrowser, type Session } from './browser'
import { shanghaiDate, signedInAt, totalOf } from './journey'

// Issue 5's journey: the secretary of 袁店二矿 downloads the template, fills in ten items with two
// mistakes, sees them marked in the preview, corrects the file, imports the ten, finds them on the
// wall and in the ledger, and exports them back to Excel.

let session: Session
beforeEach(async () => {
  session = await openBrowser()
})
afterEach(async () => {
  await session.close()
})

const prefix = '袁店二矿导入'
const deadline = shanghaiDate(60)

/** The CSV a secretary would save from the template: its own header row, then one line per item. */
function fill(header: string[], rows: Record<string, string>[]): Buffer {
  const line = (cells: string[]) => cells.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(',')
  return Buffer.from(
    `\ufeff${[line(header), ...rows.map((row) => line(header.map((name) => row[name] ?? '')))].join('\r\n')}\r\n`,
    'utf8',
  )
}

const item = (n: number): Record<string, string> => ({
  项目名称: `${prefix}第${n}项：井口热水供应改造`,
  项目内容: `第${n}个井口增设热水器和保温管道，冬季保障升井职工洗手用热水。`,
  服务对象: '一线职工',
  类别: '作业环境',
  责任人: '王建国',
  完成时限: deadline,
})

describe('a secretary’s Excel round trip', () => {
  it('imports ten items after correcting two bad rows, sees them on the wall and in the ledger, and exports them', async () => {
    const page = await signedInAt(session, 'secretary-yuandian2', '/')
    const totalBefore = await totalOf(page, '“双百”行动')

    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '本单位' }).click()
    await page.getByRole('link', { name: '从 Excel 导入' }).click()
    await page.getByRole('heading', { level: 1 }).waitFor()

    const [template] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载 CSV 模板（.csv）' }).click(),
    ])
    const header =
      readFileSync((await template.path()) ?? '', 'utf8')
        .replace(/^\ufeff/, '')
        .split(/\r?\n/)[0]
        ?.split(',')
        .map((cell) => cell.replace(/^"|"$/g, '')) ?? []
    expect(header).toContain('项目名称')

    const rows = Array.from({ length: 10 }, (_, index) => item(index + 1))
    const bad = rows.map((row, index) =>
      index === 3 ? { ...row, 项目名称: '' } : index === 7 ? { ...row, 完成时限: '2026-13-40' } : row,
    )
    const file = page.getByLabel('选择 .xlsx 或 .csv 文件')
    await file.setInputFiles({ name: '袁店二矿项目.csv', mimeType: 'text/csv', buffer: fill(header, bad) })
    await page.getByText('共 10 行：可导入 8 行，有问题 2 行。').waitFor()

    await file.setInputFiles({ name: '袁店二矿项目（改正）.csv', mimeType: 'text/csv', buffer: fill(header, rows) })
    await page.getByText('共 10 行：可导入 10 行，有问题 0 行。').waitFor()
    await page.getByRole('button', { name: '导入 10 个可导入的项目' }).click()
    await page.getByText('已导入 10 项；导入失败 0 行；未导入（有问题或已停止）0 行。').waitFor()

    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '进度墙' }).click()
    await expect.poll(() => totalOf(page, '“双百”行动')).toBe(totalBefore + 10)

    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '台账' }).click()
    await page.getByRole('searchbox', { name: '关键词' }).fill(prefix)
    await page.getByRole('table', { name: /共 10 项$/ }).waitFor()

    await page.getByRole('button', { name: '导出' }).click()
    const [exported] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 Excel（.xlsx）' }).click(),
    ])
    expect(exported.suggestedFilename()).toMatch(/\.xlsx$/)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile((await exported.path()) ?? '')
    const sheet = workbook.worksheets[0]
    const titles: string[] = []
    sheet?.eachRow((row, number) => {
      if (number > 1) titles.push(String(row.getCell(1).value ?? ''))
    })
    expect(titles.sort()).toEqual(rows.map((row) => row['项目名称']).sort())
    expect(session.errors).toEqual([])
  })
})
