import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { mockBackend, server } from '../../../mocks/node'
import { renderApp } from '../../render-app'

// 销号满意度标准: each list's bar, set by an admin on the supervision page (PATCH /campaign/lists/{id}).

const slow = { timeout: 30_000 }

const listBar = (listId: string) => mockBackend().db.campaign.lists.find((list) => list.id === listId)?.satisfactionBar

describe('the satisfaction bar for strike-off (销号满意度标准)', () => {
  it('lets an admin set a list’s bar, refusing a bad one in Chinese beside its field', slow, async () => {
    const { user } = await renderApp('/supervision', { as: 'admin-1' })
    const panel = await screen.findByRole('region', { name: '销号满意度标准' })
    const form = within(panel).getByRole('form', { name: '“双百”行动的销号标准' })
    expect(form).toHaveTextContent('现行标准：回访不少于 10 人、满意率不低于 80%')
    const percent = within(form).getByLabelText('满意率不低于（%）')
    const surveyed = within(form).getByLabelText('回访人数不少于（人）')

    await user.clear(percent)
    await user.type(percent, '101')
    await user.click(within(form).getByRole('button', { name: '保存' }))
    expect(percent).toHaveAccessibleDescription('满意率标准应在 0–100% 之间')
    expect(percent).toHaveValue(101)
    expect(listBar('double-hundred')).toEqual({ minPercent: 80, minSurveyed: 10 })

    await user.clear(percent)
    await user.type(percent, '90')
    await user.clear(surveyed)
    await user.type(surveyed, '20')
    await user.click(within(form).getByRole('button', { name: '保存' }))
    expect(await within(form).findByText('已保存“双百”行动的销号标准')).toBeInTheDocument()
    expect(listBar('double-hundred')).toEqual({ minPercent: 90, minSurveyed: 20 })
    expect(within(form).getByText('现行标准：回访不少于 20 人、满意率不低于 90%')).toBeInTheDocument()
    expect(listBar('eight')).toEqual({ minPercent: 80, minSurveyed: 10 })
  })

  it('shows the server’s 422 beside its field and keeps the input', slow, async () => {
    server.use(
      http.patch('*/api/campaign/lists/:id', () =>
        HttpResponse.json(
          {
            error: {
              code: 'validation',
              message: '提交的内容有误，请按提示修改',
              fields: { 'satisfactionBar.minSurveyed': '回访人数标准过大' },
            },
          },
          { status: 422 },
        ),
      ),
    )
    const { user } = await renderApp('/supervision', { as: 'admin-1' })
    const form = await screen.findByRole('form', { name: '8件实事的销号标准' })
    const surveyed = within(form).getByLabelText('回访人数不少于（人）')
    await user.clear(surveyed)
    await user.type(surveyed, '5000')
    await user.click(within(form).getByRole('button', { name: '保存' }))
    expect(await within(form).findByRole('alert')).toHaveTextContent('保存未成功，您填写的内容已保留')
    expect(surveyed).toHaveAccessibleDescription('回访人数标准过大')
    expect(surveyed).toHaveValue(5000)
  })

  it('is not shown to a supervisor or a leader', slow, async () => {
    const supervisor = await renderApp('/supervision', { as: 'supervisor-1' })
    expect(await screen.findByRole('table', { name: /督办队列/ })).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: '销号满意度标准' })).not.toBeInTheDocument()
    supervisor.unmount()

    await renderApp('/supervision', { as: 'leader-1' })
    expect(await screen.findByRole('table', { name: /督办队列/ })).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: '销号满意度标准' })).not.toBeInTheDocument()
  })
})
