import { decodeCsv, parseCsv, writeCsv } from '@/lib/sheet/csv'
import { looksLikeFormula, neutraliseCell, restoreCell } from '@/lib/sheet/formula'
import { checkHeaders, templateHeaders } from '@/lib/sheet/item-columns'
import { readSheetFile, sheetFileData } from '@/lib/sheet/sheet-file'
import { sheetDate } from '@/lib/sheet/sheet-date'

const fileOf = (name: string, data: ArrayBuffer | string) => ({
  name,
  arrayBuffer: async () => (typeof data === 'string' ? (new TextEncoder().encode(data).buffer as ArrayBuffer) : data),
})

describe('formula neutralisation', () => {
  it.each(['=1+2', '+86 138', '-5', '@SUM(A1)', '\t=x', "'=x", "''+y"])('guards %j and restores it exactly', (text) => {
    const guarded = neutraliseCell(text)
    expect(guarded.startsWith("'")).toBe(true)
    expect(restoreCell(guarded)).toBe(text)
  })

  it.each(['职工食堂', "it's", "'plain", '2026-09-30', ''])('leaves %j as it is', (text) => {
    expect(neutraliseCell(text)).toBe(text)
    expect(restoreCell(text)).toBe(text)
  })

  it('knows formula-like text', () => {
    expect(looksLikeFormula('=HYPERLINK("x")')).toBe(true)
    expect(looksLikeFormula('食堂=1')).toBe(false)
  })
})

describe('CSV', () => {
  it('writes what Excel reads (BOM, CRLF, quoting) and reads it back', () => {
    const rows = [
      ['名称', '内容'],
      ['a,b', 'say "hi"'],
      ['多行\n文本', ''],
      ['', 'x'],
    ]
    const text = writeCsv(rows)
    expect(text.startsWith('\uFEFF名称,内容\r\n"a,b","say ""hi"""\r\n')).toBe(true)
    expect(parseCsv(text)).toEqual(rows)
  })

  it('keeps empty lines as empty rows and ignores a final line break', () => {
    expect(parseCsv('a,b\n\nc,d\n')).toEqual([['a', 'b'], [''], ['c', 'd']])
  })

  it('decodes GB 18030 files saved by Excel on Chinese Windows', () => {
    // "项目" in GBK
    const gbk = new Uint8Array([0xcf, 0xee, 0xc4, 0xbf]).buffer
    expect(decodeCsv(gbk)).toBe('项目')
  })
})

describe('dates typed into spreadsheets', () => {
  it.each([
    ['2026-09-30', '2026-09-30'],
    ['2026/9/3', '2026-09-03'],
    ['2026.09.30', '2026-09-30'],
    ['2026年9月30日', '2026-09-30'],
    ['46295', '2026-09-30'],
    ['2026-02-30', '2026-02-30'],
    ['下月底', '下月底'],
  ])('%s → %s', (text, iso) => {
    expect(sheetDate(text)).toBe(iso)
  })
})

describe('template headers', () => {
  it('finds every column, tolerates a required mark, lists the unknown ones', () => {
    const check = checkHeaders([
      '项目名称*',
      '项目内容',
      '服务对象',
      '类别',
      '责任人',
      '完成时限（必填）',
      '备注',
      '编号',
    ])
    expect(check.missing).toEqual([])
    expect(check.unknown).toEqual(['备注'])
    expect(check.positions).toMatchObject({ title: 0, deadline: 5 })
    expect(check.positions.unit).toBeUndefined()
  })

  it('names the missing required columns', () => {
    expect(checkHeaders(['名称', '内容']).missing).toEqual([
      '项目名称',
      '项目内容',
      '服务对象',
      '类别',
      '责任人',
      '完成时限',
    ])
  })
})

describe('files', () => {
  const sheets = [
    {
      name: '项目',
      columns: templateHeaders.map((header) => ({ header, width: 10 })),
      rows: [
        ['食堂改造', "'=1+2", '一线职工', '住房', '', '张三', '', '2026-09-30'],
        ['浴室, 更衣室', '多行\n内容', '"全体"', '安全', '朱庄矿', '李四', '王五', '2026-10-01'],
      ],
    },
  ]

  it.each(['xlsx', 'csv'] as const)('a %s file reads back cell for cell', async (format) => {
    const data = await sheetFileData(format, sheets)
    const table = await readSheetFile(fileOf(`items.${format}`, data))
    expect(table.map((row) => row.map((cell) => cell.text))).toEqual([templateHeaders, ...sheets[0]!.rows])
    expect(table.flat().some((cell) => cell.formula)).toBe(false)
  })

  it('refuses other file types', async () => {
    await expect(readSheetFile(fileOf('items.xls', 'x'))).rejects.toThrow('unsupported file')
  })
})
