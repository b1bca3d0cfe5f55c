import { screen, within } from '@testing-library/react'
import { addDays } from '@/domain/dates'
import { defaultSatisfactionBar } from '@/domain/satisfaction-bar'
import { completionReporter, strikeOffBlockers } from '@/domain/strike-off'
import { formatDate } from '@/lib/format'
import { mockBackend } from '../../../mocks/node'
import { offered, openItem, refusedReason, seededItem, today } from './item-helpers'

// Issue 22 on the item page: the trail field by field, extension requests decided by another supervisor,
// strike-off by someone other than the completion reporter (a leader too), reopening, the list's bar.

const slow = { timeout: 30_000 }

/** An open item of 朱庄矿 whose deadline can move ten days and stay within the campaign. */
function extendableItem() {
  const end = mockBackend().db.campaign.endDate
  const from = (deadline: string) => (deadline > today() ? deadline : today())
  const item = seededItem(
    (entry) =>
      entry.unitId === 'zhuzhuang' &&
      entry.status === 'in_progress' &&
      entry.extension.pending === null &&
      addDays(from(entry.deadline), 10) <= end,
  )
  return { item, asked: addDays(from(item.deadline), 10) }
}

const fieldsRegion = () => screen.getByRole('region', { name: '项目信息' })
const timelineRegion = () => screen.getByRole('region', { name: '办理动态' })

describe('the item page: deadline extensions (申请延期)', () => {
  it(
    'takes a request from a supervisor, refuses its decision to them, and lets another supervisor approve it',
    slow,
    async () => {
      const { item, asked } = extendableItem()
      const first = await openItem(item.id, 'supervisor-1')
      await first.user.click(within(first.actions).getByRole('button', { name: '申请延期' }))
      const form = within(first.actions).getByRole('form', { name: '申请延期' })
      expect(form).toHaveTextContent(`当前完成时限 ${formatDate(item.deadline)}`)
      await first.user.click(within(form).getByRole('button', { name: '提交延期申请' }))
      expect(within(form).getByLabelText(/^延期至/)).toHaveAccessibleDescription(/请选择延期后的完成时限/)
      expect(within(form).getByLabelText(/^延期原因/)).toHaveAccessibleDescription('请填写原因')

      await first.user.type(within(form).getByLabelText(/^延期至/), asked)
      await first.user.type(within(form).getByLabelText(/^延期原因/), '设备供货推迟，需延后安装')
      await first.user.click(within(form).getByRole('button', { name: '提交延期申请' }))
      expect(await within(first.actions).findByText('已提交：申请延期')).toBeInTheDocument()
      // The request is pending, so its button is gone: focus lands on the card's heading.
      expect(within(first.actions).getByRole('heading', { name: '办理' })).toHaveFocus()

      expect(
        await within(fieldsRegion()).findByText(`申请延期至 ${formatDate(asked)}（钱卫东 提出）`),
      ).toBeInTheDocument()
      expect(within(fieldsRegion()).getByText('待审批的延期申请')).toBeInTheDocument()
      expect(within(timelineRegion()).getByText(`申请延期至 ${formatDate(asked)}`)).toBeInTheDocument()
      expect(within(timelineRegion()).getByText('原因：设备供货推迟，需延后安装')).toBeInTheDocument()
      expect(refusedReason(first.actions, '延期审批')).toContain('延期申请须由另一位督办组成员审批')
      expect(refusedReason(first.actions, '申请延期')).toContain('已有一份延期申请在等待审批')
      expect(mockBackend().db.items.get(item.id)?.deadline).toBe(item.deadline)
      first.unmount()

      const second = await openItem(item.id, 'supervisor-2')
      await second.user.click(within(second.actions).getByRole('button', { name: '延期审批' }))
      const decide = within(second.actions).getByRole('form', { name: '延期审批' })
      expect(decide).toHaveTextContent(`申请延期至${formatDate(asked)}`)
      expect(decide).toHaveTextContent('申请人钱卫东')
      expect(decide).toHaveTextContent('申请原因设备供货推迟，需延后安装')
      await second.user.type(within(decide).getByLabelText(/^审批说明/), '理由充分，同意')
      await second.user.click(within(decide).getByRole('button', { name: '提交审批意见' }))
      expect(
        within(decide).getByRole('radio', { name: `同意延期至 ${formatDate(asked)}` }),
      ).toHaveAccessibleDescription('请选择同意或不同意')
      await second.user.click(within(decide).getByRole('radio', { name: `同意延期至 ${formatDate(asked)}` }))
      await second.user.click(within(decide).getByRole('button', { name: '提交审批意见' }))
      expect(await within(second.actions).findByText('已提交：延期审批')).toBeInTheDocument()

      expect(mockBackend().db.items.get(item.id)?.deadline).toBe(asked)
      expect(await within(fieldsRegion()).findByText('已延期 1 次')).toBeInTheDocument()
      expect(within(fieldsRegion()).queryByText('待审批的延期申请')).not.toBeInTheDocument()
      const timeline = timelineRegion()
      expect(await within(timeline).findByText(`同意延期至 ${formatDate(asked)}`)).toBeInTheDocument()
      expect(
        within(timeline).getByText(`完成时限：${formatDate(item.deadline)} → ${formatDate(asked)}`),
      ).toBeInTheDocument()
      expect(within(timeline).getByText('审批意见：理由充分，同意')).toBeInTheDocument()
    },
  )

  it('lets a supervisor refuse a secretary’s request with the reason; the deadline stays', slow, async () => {
    const { item, asked } = extendableItem()
    const secretary = await openItem(item.id, 'secretary-zhuzhuang')
    await secretary.user.click(within(secretary.actions).getByRole('button', { name: '申请延期' }))
    const form = within(secretary.actions).getByRole('form', { name: '申请延期' })
    await secretary.user.type(within(form).getByLabelText(/^延期至/), asked)
    await secretary.user.type(within(form).getByLabelText(/^延期原因/), '施工队伍未进场')
    await secretary.user.click(within(form).getByRole('button', { name: '提交延期申请' }))
    expect(await within(secretary.actions).findByText('已提交：申请延期')).toBeInTheDocument()
    expect(refusedReason(secretary.actions, '延期审批')).toContain('当前角色不能提交“延期审批”')
    secretary.unmount()

    const supervisor = await openItem(item.id, 'supervisor-1')
    await supervisor.user.click(within(supervisor.actions).getByRole('button', { name: '延期审批' }))
    const decide = within(supervisor.actions).getByRole('form', { name: '延期审批' })
    expect(decide).toHaveTextContent('申请人刘长海')
    await supervisor.user.click(within(decide).getByRole('radio', { name: '不同意延期' }))
    await supervisor.user.type(within(decide).getByLabelText(/^审批说明/), '应加快组织，按期完成')
    await supervisor.user.click(within(decide).getByRole('button', { name: '提交审批意见' }))
    expect(await within(supervisor.actions).findByText('已提交：延期审批')).toBeInTheDocument()

    expect(mockBackend().db.items.get(item.id)?.deadline).toBe(item.deadline)
    const timeline = timelineRegion()
    expect(await within(timeline).findByText(`不同意延期（申请延期至 ${formatDate(asked)}）`)).toBeInTheDocument()
    expect(within(timeline).getByText('审批意见：应加快组织，按期完成')).toBeInTheDocument()
    expect(within(fieldsRegion()).queryByText(/已延期/)).not.toBeInTheDocument()
    // Settled: the unit may ask again.
    expect(offered(supervisor.actions)).toContain('申请延期')
  })
})

describe('the item page: strike-off by a second person, reopening, the bar', () => {
  it(
    'refuses strike-off to whoever reported the work done, offers it to a leader, and lets supervision reopen',
    slow,
    async () => {
      const item = seededItem((entry) => {
        const history = mockBackend().db.updatesOf(entry.id)
        return (
          entry.status === 'done' &&
          completionReporter(history)?.authorId === 'supervisor-1' &&
          strikeOffBlockers(entry, history, defaultSatisfactionBar).length === 0
        )
      })
      const reporter = await openItem(item.id, 'supervisor-1')
      expect(offered(reporter.actions)).not.toContain('销号')
      expect(refusedReason(reporter.actions, '销号')).toContain('办结由您报告，销号须由另一位督办组成员或集团领导确认')
      reporter.unmount()

      const leader = await openItem(item.id, 'leader-1')
      expect(offered(leader.actions)).toEqual(['领导批示', '销号'])
      await leader.user.click(within(leader.actions).getByRole('button', { name: '销号' }))
      const strike = within(leader.actions).getByRole('form', { name: '销号' })
      await leader.user.type(within(strike).getByLabelText(/^销号说明/), '职工满意，同意销号')
      await leader.user.click(within(strike).getByRole('button', { name: '确认销号' }))
      expect(await within(leader.actions).findByText('已提交：销号')).toBeInTheDocument()
      expect(mockBackend().db.items.get(item.id)?.status).toBe('closed')
      expect(refusedReason(leader.actions, '重新打开')).toContain('集团领导可查看全部项目并作出批示，不直接修改项目')
      leader.unmount()

      const supervisor = await openItem(item.id, 'supervisor-1')
      expect(refusedReason(supervisor.actions, '变更状态')).toContain('请由督办组“重新打开”')
      expect(refusedReason(supervisor.actions, '修改项目信息')).toContain('项目已销号，不能再修改')
      await supervisor.user.click(within(supervisor.actions).getByRole('button', { name: '重新打开' }))
      const reopen = within(supervisor.actions).getByRole('form', { name: '重新打开' })
      await supervisor.user.click(within(reopen).getByRole('button', { name: '确认重新打开' }))
      expect(within(reopen).getByLabelText(/^重新打开的原因/)).toHaveAccessibleDescription('请填写重新打开的原因')
      await supervisor.user.type(within(reopen).getByLabelText(/^重新打开的原因/), '职工反映问题反复，需继续整改')
      await supervisor.user.click(within(reopen).getByRole('button', { name: '确认重新打开' }))
      expect(await within(supervisor.actions).findByText('已提交：重新打开')).toBeInTheDocument()
      expect(mockBackend().db.items.get(item.id)?.status).toBe('in_progress')
      const timeline = timelineRegion()
      expect(await within(timeline).findByText('重新打开：已销号 → 推进中')).toBeInTheDocument()
      expect(within(timeline).getByText('原因：职工反映问题反复，需继续整改')).toBeInTheDocument()
    },
  )

  it('shows the list’s bar on the survey form, and a survey below it sends the item back to 推进中', slow, async () => {
    const { db } = mockBackend()
    const item = seededItem((entry) => {
      const history = db.updatesOf(entry.id)
      return entry.status === 'done' && completionReporter(history)?.authorId !== 'supervisor-2'
    })
    const lists = db.campaign.lists.map((list) =>
      list.id === item.listId ? { ...list, satisfactionBar: { minPercent: 90, minSurveyed: 30 } } : list,
    )
    db.apply({ campaign: { ...db.campaign, lists } })

    const { user, actions } = await openItem(item.id, 'supervisor-2')
    await user.click(within(actions).getByRole('button', { name: '满意度回访' }))
    const survey = within(actions).getByRole('form', { name: '满意度回访' })
    expect(survey).toHaveTextContent('本清单的销号标准：回访不少于 30 人、满意率不低于 90%')
    await user.type(within(survey).getByLabelText(/^回访人数/), '40')
    await user.type(within(survey).getByLabelText(/^满意人数/), '34')
    await user.click(within(survey).getByRole('button', { name: '记录回访结果' }))

    expect(await within(actions).findByRole('status')).toHaveTextContent('未达到销号标准，项目已退回“推进中”')
    expect(db.items.get(item.id)?.status).toBe('in_progress')
    expect(within(fieldsRegion()).getByText('推进中')).toBeInTheDocument()
    const timeline = timelineRegion()
    expect(
      within(timeline).getByText('回访 40 人，满意 34 人；回访方式：问卷调查；未达到销号标准，退回推进中'),
    ).toBeInTheDocument()
    expect(within(timeline).getByText(`新建项目：编号 ${item.code}`, { exact: false })).toBeInTheDocument()
  })
})
