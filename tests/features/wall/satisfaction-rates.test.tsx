import { screen, within } from '@testing-library/react'
import { dateOf } from '@/domain/dates'
import { resolutionRate, satisfactionRate, statsByUnit, summarize } from '@/domain/stats'
import { formatPercent } from '@/lib/format'
import { mockBackend } from '../../../mocks/node'
import { renderApp } from '../../render-app'

// Issue 7: satisfaction rate (satisfied ÷ surveyed) and resolution rate (struck off ÷ listed) on the wall.
describe('satisfaction and resolution rates on the wall', { timeout: 20_000 }, () => {
  it('shows both per list on the tiles and per unit in the matrix', async () => {
    await renderApp('/', { as: 'leader-1' })
    const { db } = mockBackend()
    const today = dateOf(new Date())
    const dh = summarize(db.campaign, db.items.values(), db.updatesByItem, db.demands.values(), today).lists.find(
      (list) => list.listId === 'double-hundred',
    )!
    const tile = await screen.findByRole('region', { name: '“双百”行动' }, { timeout: 10_000 })
    expect(
      within(tile).getByText(
        `满意率 ${formatPercent(satisfactionRate(dh)!)} · 销号率 ${formatPercent(resolutionRate(dh))}`,
      ),
    ).toBeInTheDocument()

    const matrix = await screen.findByRole('table', { name: '“双百”行动 · 各单位办理情况' }, { timeout: 10_000 })
    expect(within(matrix).getByRole('button', { name: '按满意率排序' })).toBeInTheDocument()
    const zhuzhuang = statsByUnit(db.items.values(), db.updatesByItem, 'double-hundred', today).find(
      (row) => row.unitId === 'zhuzhuang',
    )!
    const cells = within(within(matrix).getByRole('row', { name: /^朱庄矿/ })).getAllByRole('cell')
    expect(cells.at(-2)).toHaveTextContent(
      satisfactionRate(zhuzhuang) === null ? '未回访' : formatPercent(satisfactionRate(zhuzhuang)!),
    )
    expect(cells.at(-1)).toHaveTextContent(formatPercent(resolutionRate(zhuzhuang)))
  })
})
