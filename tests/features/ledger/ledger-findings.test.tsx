import { screen, waitFor, within } from '@testing-library/react'
import { listItems } from '@/api/items'
import { signIn } from '@/api/session'
import { dateOf } from '@/domain/dates'
import { formatDate, formatShortDate } from '@/lib/format'
import { renderApp } from '../../render-app'

// Issue 28: the ledger after a drill-down from the wall, its 服务对象 and its deadlines' years.

const slow = { timeout: 30_000 }

describe('the ledger as a leader finds it', () => {
  it('opens at its top after a drill-down from low on the wall', slow, async () => {
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => {})
    const { user, location } = await renderApp('/', { as: 'leader-1' })
    const matrix = await screen.findByRole('region', { name: '各单位办理情况' })
    const cell = await within(matrix).findByRole('link', { name: /^朱庄矿重点完成 / })
    scrollTo.mockClear()

    await user.click(cell)

    expect(location()).toMatch(/^\/items\?/)
    await waitFor(() => expect(scrollTo).toHaveBeenCalledWith(0, 0))
    // A filter changed on the ledger itself leaves the window where it is.
    await screen.findByRole('table', { name: /项目台账/ }, { timeout: 5_000 })
    scrollTo.mockClear()
    const filters = screen.getByRole('region', { name: '筛选项目' })
    await user.selectOptions(within(filters).getByLabelText('重点项目'), '否')
    await waitFor(() => expect(location()).toContain('key=false'))
    await screen.findByRole('table', { name: /项目台账/ }, { timeout: 5_000 })
    expect(scrollTo).not.toHaveBeenCalled()
  })

  it('shows each item’s 服务对象 and its deadline with the year when it is not this year', slow, async () => {
    await signIn({ userId: 'leader-1' })
    const latest = (await listItems({ sort: '-deadline' })).items[0]!
    const earliest = (await listItems({ sort: 'deadline' })).items[0]!
    const thisYear = dateOf(new Date()).slice(0, 4)
    const written = (date: string) => (date.startsWith(thisYear) ? formatShortDate(date) : formatDate(date))
    // The campaign's deadlines run into another year than today's, so both forms are seen.
    expect(latest.deadline.slice(0, 4)).not.toBe(earliest.deadline.slice(0, 4))

    await renderApp('/items?sort=-deadline', { as: 'leader-1' })
    const table = await screen.findByRole('table', { name: /项目台账/ }, { timeout: 5_000 })
    expect(within(table).getByRole('columnheader', { name: '服务对象' })).toBeInTheDocument()
    const first = within(table).getByRole('link', { name: latest.code }).closest('tr')!
    expect(within(first).getByText(latest.beneficiaries)).toBeInTheDocument()
    expect(within(first).getByText(written(latest.deadline))).toBeInTheDocument()
  })
})
