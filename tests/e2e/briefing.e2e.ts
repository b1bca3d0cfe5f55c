import { afterEach, describe, expect, it } from 'vitest'
import { openBrowser, type Session } from './browser'

// Journey 5 (issue 7) in Chromium: a supervisor prints this month's briefing to an A4 PDF with no app
// chrome. (The worker on the public board, phone-sized, is in phone.e2e.ts.)

let session: Session | undefined
afterEach(async () => {
  await session?.close()
  session = undefined
})

describe('a supervisor’s monthly briefing in Chromium', () => {
  it('prints the briefing to A4 as a document: the paragraph with true figures, tables, no header or navigation', async () => {
    session = await openBrowser()
    const { page, baseUrl } = session
    await page.goto(`${baseUrl}/sign-in?as=supervisor-1&next=${encodeURIComponent('/report')}`)
    const article = page.getByRole('article')
    await article.waitFor({ timeout: 30_000 })
    const text = (await article.textContent()) ?? ''
    // Reads like the source documents, with the true figures of the seeded campaign.
    expect(text).toMatch(/截至.+实事项目471件/)
    expect(text).toMatch(/完成231件/)
    expect(text).toContain('其中100件重点实事项目完成34件')
    expect(await article.getByRole('table').count()).toBeGreaterThan(0)

    await page.emulateMedia({ media: 'print' })
    expect(await page.getByRole('navigation', { name: '主导航' }).isVisible()).toBe(false)
    expect(await page.getByRole('link', { name: '办实事作战图' }).isVisible()).toBe(false)
    expect(await page.getByRole('button', { name: '复制全文' }).isVisible()).toBe(false)
    expect(await article.isVisible()).toBe(true)
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true })
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []
    expect(pages.length).toBeGreaterThan(1)
    expect(session.errors).toEqual([])
  })
})
