import { screen, waitFor, within } from '@testing-library/react'
import JSZip from 'jszip'
import { vi } from 'vitest'
import { getStruckOff } from '@/api/briefing'
import { buildBriefing, previousMonthEnd, type Briefing } from '@/domain/briefing'
import { dateOf } from '@/domain/dates'
import { briefingDocument } from '@/features/report/briefing-docx'
import { Packer } from 'docx'
import { tp } from '@/lib/strings/page-strings'
import { renderApp } from '../../render-app'
import { bytesOf } from '../../blob-bytes'
import { emptyBriefingInput } from '../../domain/fixtures'

// Issue 28: the 通报 carries the demands, ranks honestly (并列, no ranking of zeros), and downloads as the
// Word document offices circulate, read back here from its zip: title, tables, the issuing office, page numbers.

const today = () => dateOf(new Date())
const briefing = () => screen.findByRole('article', {}, { timeout: 5000 })

/** Presses the button and catches the file the page hands to the download. */
async function download(press: () => Promise<void>) {
  let file: Blob | undefined
  let name = ''
  const saved = { create: URL.createObjectURL, revoke: URL.revokeObjectURL }
  URL.createObjectURL = (data: Blob) => {
    file = data
    return 'blob:briefing'
  }
  URL.revokeObjectURL = () => {}
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    name = this.download
  })
  try {
    await press()
    await waitFor(() => expect(file).toBeDefined(), { timeout: 10_000 })
  } finally {
    click.mockRestore()
    Object.assign(URL, { createObjectURL: saved.create, revokeObjectURL: saved.revoke })
  }
  return { zip: await JSZip.loadAsync(await bytesOf(file!)), name, type: file!.type }
}

describe('the briefing’s demands, rankings and Word copy', { timeout: 30_000 }, () => {
  it('shows the demand section with the figures the API gives, by channel', async () => {
    await renderApp('/report', { as: 'leader-1' })
    const article = await briefing()
    const { demands } = await getStruckOff({ since: previousMonthEnd(today()) })
    expect(demands.collected).toBeGreaterThan(400)

    const section = within(article).getByRole('region', { name: tp.report.demandsHeading })
    expect(section).toHaveTextContent(`${tp.report.demandCollected}${demands.collected} 条`)
    expect(section).toHaveTextContent(`${tp.report.demandAnswered}${demands.answered} 条`)
    const channels = within(section).getByRole('table', { name: tp.report.demandsChannels })
    const symposium = demands.channels.find((row) => row.channel === 'symposium')!
    expect(within(channels).getByRole('row', { name: new RegExp(`^${tp.channel.symposium}`) })).toHaveTextContent(
      `${symposium.collected}${symposium.adopted}${symposium.answered}${symposium.rejected}`,
    )
    expect(article).toHaveTextContent(`职工点单方面，共收集职工诉求${demands.collected}条`)
  })

  it('writes shared places 并列 and does not rank a list where nobody has finished anything', async () => {
    await renderApp('/report', { as: 'leader-1' })
    const article = await briefing()
    expect(article).toHaveTextContent(/并列第\d+/)
    // The six 8件实事 units have finished nothing yet in the demo: no "tied first at 0 %".
    const eight = within(article).getByRole('region', { name: /^集团党委“8件实事” · 各单位完成情况（暂不排名）/ })
    expect(within(eight).queryByRole('columnheader', { name: tp.report.rank })).toBeNull()
    expect(article).toHaveTextContent(/集团党委“8件实事”：各单位均尚(未报告进展|无完成项目)，暂不排名。/)
  })

  it('downloads the Word copy: title, addressees, tables, the issuing office and date, a PAGE field in the footer', async () => {
    const { user } = await renderApp('/report', { as: 'leader-1' })
    await briefing()
    const { zip, name, type } = await download(() =>
      user.click(screen.getByRole('button', { name: tp.report.downloadWord })),
    )
    expect(await screen.findByText(/^已生成 .+\.docx。$/)).toBeInTheDocument()
    expect(type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    expect(name).toBe(`关于“我为职工办实事”实践活动推进情况的通报（截至${today()}）.docx`)

    const document = await zip.file('word/document.xml')!.async('string')
    expect(document).toContain('关于“我为职工办实事”实践活动推进情况的通报')
    expect(document).toContain('各基层单位党组织，集团各部门：')
    expect(document).toContain('<w:tbl>')
    expect(document).toContain(tp.report.demandsHeading)
    expect(document).toContain(tp.report.redListHeading(0).slice(0, 6))
    expect(document).toContain('淮北矿业集团“我为职工办实事”实践活动领导小组办公室')
    const [year, month, day] = today().split('-').map(Number)
    expect(document).toContain(`${year}年${month}月${day}日`)
    // A4 in twips (210 × 297 mm).
    expect(document).toMatch(/<w:pgSz(?=[^>]*w:w="11906")(?=[^>]*w:h="16838")/)
    expect(document).toContain('仿宋_GB2312')

    const footers = Object.keys(zip.files).filter((path) => /^word\/footer\d*\.xml$/.test(path))
    expect(footers.length).toBeGreaterThan(0)
    const footer = await zip.file(footers[0]!)!.async('string')
    expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/)
    expect(await zip.file('[Content_Types].xml')!.async('string')).toContain('wordprocessingml.document.main+xml')
  })
})

describe('the Word copy keeps user text as text', () => {
  it('escapes markup and drops characters XML cannot carry', async () => {
    const hostile = '<w:p>食堂&"夜班"</w:p>\u0001{ PAGE }'
    const empty = buildBriefing(emptyBriefingInput())
    const redListRow = { itemId: 'i1', code: 'SB-001', title: hostile, listName: '清单', unitName: hostile, key: false }
    const briefing: Briefing = {
      ...empty,
      unit: { id: 'u1', name: hostile },
      paragraph: hostile,
      redList: { rows: [{ ...redListRow, reason: { missedUrges: 2, daysOverdue: 0 } }], total: 1 },
    }
    const zip = await JSZip.loadAsync(await Packer.toArrayBuffer(briefingDocument(briefing)))
    const document = await zip.file('word/document.xml')!.async('string')
    expect(document).toContain('&lt;w:p&gt;食堂&amp;')
    expect(document).not.toContain('<w:p>食堂')
    expect(document).not.toContain('\u0001')
    expect(document).toContain('{ PAGE }')
    expect(document.match(/<w:instrText/g)).toBeNull()
  })
})
