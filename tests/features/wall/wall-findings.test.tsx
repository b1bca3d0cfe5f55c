import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { getCampaign } from '@/api/campaign'
import { signIn } from '@/api/session'
import { getSummary, getUnitStats } from '@/api/stats'
import { addDays, dateOf } from '@/domain/dates'
import { completionRate, emptyCounts } from '@/domain/stats'
import { completionBandOf } from '@/domain/wall-standing'
import { formatDate, formatPercent } from '@/lib/format'
import { server } from '../../../mocks/node'
import { renderApp } from '../../render-app'

// Issue 28: what a leader and a secretary found on the wall and its as-of date.

const today = () => dateOf(new Date())

beforeAll(async () => {
  // The charts' chunk, transformed once here rather than inside a findBy's wait.
  await import('@/features/wall/charts/wall-charts')
}, 20_000)

beforeEach(async () => {
  // The figures the tests compare with are asked of the API as a leader (renderApp signs in again).
  await signIn({ userId: 'leader-1' })
})

describe('the wall’s unit completion bars', { timeout: 20_000 }, () => {
  it('colours each unit’s bar by how much it has done, with its overdue items beside it', async () => {
    await renderApp('/', { as: 'leader-1' })
    // The charts come in their own chunk, transformed on first import: a longer wait than findBy's second.
    const chart = await screen.findByRole('figure', { name: '“双百”行动 · 各单位完成率' }, { timeout: 5_000 })
    const { units } = await getUnitStats({ list: 'double-hundred' })
    const { items: names } = await (await import('@/api/units')).listUnits()
    const nameOf = (id: string) => names.find((unit) => unit.id === id)?.name ?? id

    const rows = await within(chart).findAllByRole('listitem')
    expect(rows).toHaveLength(units.length)
    // A unit with overdue items and most of its work done is not painted as the laggards are.
    const overdueButAhead = units.filter((row) => row.overdue > 0 && completionRate(row) >= 0.5)
    expect(overdueButAhead.length).toBeGreaterThan(0)
    for (const unit of units) {
      const name = nameOf(unit.unitId)
      const link = within(chart).getByRole('link', { name: new RegExp(`^${name}，完成率 `) })
      const row = link.closest('li')!
      expect(within(row).getByText(formatPercent(completionRate(unit)))).toBeInTheDocument()
      expect(row.querySelector('[data-band]')).toHaveAttribute('data-band', completionBandOf(unit))
      if (unit.overdue > 0) expect(within(row).getByText(`逾期 ${unit.overdue}`)).toBeInTheDocument()
      else expect(within(row).getByText('无逾期')).toBeInTheDocument()
    }
  })

  it('opens a unit’s items from its name on the bars', async () => {
    const { user, location } = await renderApp('/', { as: 'leader-1' })
    // The charts come in their own chunk, transformed on first import: a longer wait than findBy's second.
    const chart = await screen.findByRole('figure', { name: '“双百”行动 · 各单位完成率' }, { timeout: 5_000 })

    await user.click(await within(chart).findByRole('link', { name: /^朱庄矿，完成率 / }))

    expect(location()).toBe('/items?list=double-hundred&unit=zhuzhuang')
  })

  it('links each unit’s name in the matrix to its items as of the wall’s date, its rate coloured by completion', async () => {
    const past = addDays(today(), -30)
    await renderApp(`/?asOf=${past}`, { as: 'leader-1' })
    const matrix = await screen.findByRole('region', { name: '各单位办理情况' })
    const name = await within(matrix).findByRole('link', { name: /^朱庄矿，完成率 / })
    expect(name).toHaveAttribute('href', `/items?asOf=${past}&list=double-hundred&unit=zhuzhuang`)

    const { units } = await getUnitStats({ list: 'double-hundred', asOf: past })
    const zhuzhuang = units.find((row) => row.unitId === 'zhuzhuang')!
    expect(name.closest('tr')!.querySelector('[data-band]')).toHaveAttribute('data-band', completionBandOf(zhuzhuang))
    expect(within(name.closest('tr')!).queryByText(/^(红灯|黄灯|绿灯)$/)).not.toBeInTheDocument()
  })
})

describe('the as-of date', { timeout: 20_000 }, () => {
  it('takes any day since the campaign began as typed, digit by digit, without jumping on the way', async () => {
    const { startDate } = await getCampaign()
    const day = addDays(startDate, 1)
    const [year, month, date] = day.split('-')
    const { user, location } = await renderApp('/', { as: 'leader-1' })
    await screen.findByRole('region', { name: '“双百”行动' })
    await user.click(screen.getByRole('button', { name: '查看历史' }))
    const field = screen.getByLabelText('查看日期')

    // Chromium's date field reports each complete value while the year is typed: 0002-…, 0020-…, 0202-…
    for (const digits of [1, 2, 3]) {
      const partial = `${year!.slice(0, digits).padStart(4, '0')}-${month}-${date}`
      fireEvent.change(field, { target: { value: partial } })
      // Not moved to the campaign's first day (which reset the field under the person's fingers).
      expect(location()).toBe('/')
      expect(field).toHaveValue(partial)
    }
    fireEvent.change(field, { target: { value: day } })

    await waitFor(() => expect(location()).toBe(`/?asOf=${day}`))
    expect(screen.getByLabelText('查看日期')).toHaveValue(day)
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('says so when a typed day is before the campaign began, and moves nothing', async () => {
    const { startDate } = await getCampaign()
    const early = addDays(startDate, -100)
    const { user, location } = await renderApp('/', { as: 'leader-1' })
    await screen.findByRole('region', { name: '“双百”行动' })
    await user.click(screen.getByRole('button', { name: '查看历史' }))
    const field = screen.getByLabelText('查看日期')

    fireEvent.change(field, { target: { value: early } })

    const message = await screen.findByRole('alert')
    expect(message).toHaveTextContent(`${formatDate(early)}早于活动开始日（${formatDate(startDate)}）`)
    expect(field).toHaveValue(early)
    expect(field).toHaveAttribute('aria-invalid', 'true')
    expect(location()).toBe('/')
  })

  it('explains an address whose day is before the campaign began instead of showing zeros', async () => {
    const { startDate } = await getCampaign()
    const early = addDays(startDate, -100)
    const { user, location } = await renderApp(`/?asOf=${early}`, { as: 'leader-1' })

    const message = await screen.findByRole('alert')
    expect(message).toHaveTextContent(`${formatDate(early)}早于活动开始日`)
    expect(screen.queryByRole('region', { name: '“双百”行动' })).not.toBeInTheDocument()
    expect(screen.queryByText(/^总体已完成$/)).not.toBeInTheDocument()
    // The header names no day the page does not show.
    expect(within(screen.getByRole('banner')).queryByText(/数据截至/)).not.toBeInTheDocument()

    await user.click(within(message).getByRole('button', { name: '查看活动开始日' }))
    await waitFor(() => expect(location()).toBe(`/?asOf=${startDate}`))
    expect(await screen.findByRole('region', { name: '“双百”行动' })).toBeInTheDocument()
  })

  it('says 暂无项目 of a list with no items, not 总体已完成', async () => {
    const summary = await getSummary()
    server.use(
      http.get('*/api/stats/summary', () =>
        HttpResponse.json({
          ...summary,
          lists: summary.lists.map((row) => (row.listId === 'n' ? { ...emptyCounts(), listId: 'n' } : row)),
        }),
      ),
    )
    await renderApp('/', { as: 'leader-1' })
    const tile = await screen.findByRole('region', { name: 'N件难题' })
    expect(within(tile).getByText('暂无项目')).toBeInTheDocument()
    expect(within(tile).queryByText('总体已完成')).not.toBeInTheDocument()
  })

  it('names one as-of day on the page: the header’s is the page’s', async () => {
    const past = addDays(today(), -30)
    await renderApp(`/?asOf=${past}`, { as: 'leader-1' })
    await screen.findByRole('region', { name: '“双百”行动' })
    const header = screen.getByRole('banner')
    expect(await within(header).findByText(`数据截至 ${formatDate(past)}`)).toBeInTheDocument()
    for (const stamp of screen.getAllByText(/数据截至|正在查看/)) expect(stamp).toHaveTextContent(formatDate(past))
  })
})
