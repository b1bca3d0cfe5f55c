import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { getSummary } from '@/api/stats'
import { addDays, dateOf } from '@/domain/dates'
import { summarize } from '@/domain/stats'
import { mockBackend } from '../../../mocks/node'
import { renderApp } from '../../render-app'

const today = () => dateOf(new Date())

/** The figures the seed holds as of a date, by the domain's own rule. */
function seeded(asOf: string) {
  const { db } = mockBackend()
  const summary = summarize(db.campaign, db.items.values(), db.updatesByItem, db.demands.values(), asOf)
  const list = (id: string) => {
    const found = summary.lists.find((entry) => entry.listId === id)
    if (!found) throw new Error(`no list ${id}`)
    return found
  }
  return { summary, list }
}

// A headline figure's link reads as it shows: label, count and its measure word, then where it leads.
const figure = (what: string, value: number) =>
  screen.findByRole('link', { name: new RegExp(`^${what} ?${value.toLocaleString('zh-CN')}(件|条)，查看明细$`) })

describe('the battle map', () => {
  it('shows the seeded figures per list, coloured, with the demands collected', async () => {
    await renderApp('/', { as: 'leader-1' })
    const { summary, list } = seeded(today())

    const tile = await screen.findByRole('region', { name: '“双百”行动' })
    const dh = list('double-hundred')
    expect(within(tile).getByRole('link', { name: `“双百”行动已完成 ${dh.done}，查看明细` })).toBeInTheDocument()
    expect(
      within(tile).getByRole('link', { name: `“双百”行动重点项目完成 ${dh.keyDone}，查看明细` }),
    ).toBeInTheDocument()
    expect(within(tile).getByRole('link', { name: `已逾期 ${dh.overdue}，查看明细` })).toBeInTheDocument()
    expect(within(tile).getByText(/^总体(红灯|黄灯|绿灯|已完成)$/)).toBeInTheDocument()
    expect(dh).toMatchObject({ total: 471, done: 231, keyDone: 34 })

    const eight = screen.getByRole('region', { name: '8件实事' })
    expect(
      within(eight).getByRole('link', { name: `推进中 ${list('eight').inProgress}，查看明细` }),
    ).toBeInTheDocument()
    expect(
      within(screen.getByRole('region', { name: 'N件难题' })).getByRole('link', {
        name: `N件难题已完成 ${list('n').done}，查看明细`,
      }),
    ).toBeInTheDocument()

    const red = summary.lists.reduce((sum, entry) => sum + entry.lights.red, 0)
    expect(await figure('红灯', red)).toBeInTheDocument()
    expect(await figure('收集诉求', 467)).toHaveAttribute('href', '/demands')
    // The red list (红榜) by the domain's rule, opening the ledger filtered to it.
    const redListed = summary.lists.reduce((sum, entry) => sum + entry.redListed, 0)
    expect(redListed).toBeGreaterThan(0)
    expect(await figure('红榜', redListed)).toHaveAttribute('href', '/items?redList=true')

    // The 8 key things as cards, and 双百 as one chip per item.
    const cards = await screen.findByRole('region', { name: '8件实事进展' })
    expect(await within(cards).findAllByRole('listitem')).toHaveLength(8)
    const board = await screen.findByRole('region', { name: '“双百”行动 · 471 项' })
    const chips = within(board).getAllByRole('link')
    expect(chips).toHaveLength(471)
    expect(chips.filter((chip) => / 重点$/.test(chip.getAttribute('aria-label') ?? ''))).toHaveLength(100)
  }, 20_000)

  it('says under the overdue figure how many deadlines an approved extension moved (no ledger filter: no link)', async () => {
    await renderApp('/', { as: 'leader-1' })
    await screen.findByRole('region', { name: '“双百”行动' })
    const summary = await getSummary()
    const overdue = summary.lists.reduce((sum, entry) => sum + entry.overdue, 0)
    const extended = summary.lists.reduce((sum, entry) => sum + entry.extended, 0)
    const tile = (await figure('逾期项目', overdue)).closest('li')!
    const note = within(tile).getByText(`经审批延期 ${extended} 件`)
    expect(note.closest('a')).toBeNull()
  })

  it('shows the campaign as it stood on a past date', async () => {
    const past = addDays(today(), -30)
    await renderApp(`/?asOf=${past}`, { as: 'leader-1' })
    const then = seeded(past).list('double-hundred')
    const now = seeded(today()).list('double-hundred')
    expect(then.done).toBeLessThan(now.done)

    const tile = await screen.findByRole('region', { name: '“双百”行动' })
    expect(within(tile).getByRole('link', { name: `“双百”行动已完成 ${then.done}，查看明细` })).toHaveAttribute(
      'href',
      `/items?asOf=${past}&list=double-hundred&status=done%2Cclosed`,
    )
    expect(screen.getByLabelText('查看日期')).toHaveValue(past)
    expect(screen.getByText(/^正在查看 .* 的历史情况$/)).toBeInTheDocument()
  })

  it('opens the date field on demand and goes to the chosen day', async () => {
    const past = addDays(today(), -30)
    const { user, location } = await renderApp('/', { as: 'leader-1' })
    await screen.findByRole('region', { name: '“双百”行动' })
    expect(screen.queryByLabelText('查看日期')).not.toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: '查看历史' }))
    const field = screen.getByLabelText('查看日期')
    expect(field).toHaveFocus()
    expect(field).toHaveValue(today())

    // A native date field: its calendar is the browser's, so the day is set as the picker would set it.
    fireEvent.change(field, { target: { value: past } })
    // The wall's loader starts the figures of that day, then the address moves.
    await waitFor(() => expect(location()).toBe(`/?asOf=${past}`))
    expect(await screen.findByText(/^正在查看 .* 的历史情况$/)).toBeInTheDocument()
  })

  it('drills down from a figure to the ledger filtered to exactly those items', async () => {
    const { user, location } = await renderApp('/', { as: 'leader-1' })
    const overdue = seeded(today()).list('double-hundred').overdue
    const tile = await screen.findByRole('region', { name: '“双百”行动' })

    await user.click(within(tile).getByRole('link', { name: `已逾期 ${overdue}，查看明细` }))

    expect(location()).toBe('/items?list=double-hundred&overdue=true')
    const filters = await screen.findByRole('region', { name: '当前筛选' })
    expect(within(filters).getByText('清单：“双百”行动')).toBeInTheDocument()
    expect(within(filters).getByText('已逾期')).toBeInTheDocument()
    expect(await screen.findByRole('table', { name: new RegExp(`共 ${overdue} 项`) })).toBeInTheDocument()
  })

  it('drills down from a unit matrix cell to that unit’s key items done', async () => {
    const { user, location } = await renderApp('/', { as: 'leader-1' })
    const matrix = await screen.findByRole('region', { name: '各单位办理情况' })
    const cell = await within(matrix).findByRole('link', { name: /^朱庄矿重点完成 / })

    await user.click(cell)

    expect(location()).toBe('/items?list=double-hundred&unit=zhuzhuang&status=done%2Cclosed&key=true')
    expect(await screen.findByRole('table', { name: /项目台账/ })).toBeInTheDocument()
  })

  it('reaches a unit’s bar’s items from the keyboard, through the unit’s name', async () => {
    const { user, location } = await renderApp('/', { as: 'leader-1' })
    const chart = await screen.findByRole('figure', { name: '“双百”行动 · 各单位完成率' })
    const unit = await within(chart).findByRole('link', { name: /^朱庄矿/ })

    unit.focus()
    await user.keyboard('{Enter}')

    expect(location()).toBe('/items?list=double-hundred&unit=zhuzhuang')
  })
})
