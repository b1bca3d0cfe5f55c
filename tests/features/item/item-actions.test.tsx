import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { defaultSatisfactionBar } from '@/domain/satisfaction-bar'
import { completionReporter, strikeOffBlockers, strikeOffBlockerText } from '@/domain/strike-off'
import { mockBackend, server } from '../../../mocks/node'
import { holdRequests } from '../../hold-requests'
import { offered, openItem, refusedReason, seededItem } from './item-helpers'

const slow = { timeout: 30_000 }
const blocker = (which: Parameters<typeof strikeOffBlockerText>[0]) =>
  strikeOffBlockerText(which, defaultSatisfactionBar)

describe('the item page: actions by role', () => {
  it('offers each role exactly what the role table allows, with the reason for the rest', slow, async () => {
    const item = seededItem(
      (entry) => entry.unitId === 'zhuzhuang' && entry.status === 'in_progress' && !entry.urge.redList,
    )

    const supervisor = await openItem(item.id, 'supervisor-1')
    expect(offered(supervisor.actions)).toEqual([
      '报送进度',
      '变更状态',
      '现场查看',
      '催办',
      '满意度回访',
      '申请延期',
      '修改项目信息',
    ])
    expect(refusedReason(supervisor.actions, '回复催办')).toContain('当前角色不能提交“回复催办”')
    expect(refusedReason(supervisor.actions, '领导批示')).toContain('当前角色不能提交“领导批示”')
    expect(refusedReason(supervisor.actions, '销号')).toContain(blocker('not_done'))
    expect(refusedReason(supervisor.actions, '延期审批')).toContain('没有等待审批的延期申请')
    supervisor.unmount()

    const leader = await openItem(item.id, 'leader-1')
    expect(offered(leader.actions)).toEqual(['领导批示'])
    expect(refusedReason(leader.actions, '报送进度')).toContain('当前角色不能提交“进度”')
    expect(refusedReason(leader.actions, '修改项目信息')).toContain('集团领导可查看全部项目并作出批示，不直接修改项目')
    // A leader may confirm a strike-off, so what stands in the way is the rule, not the role.
    expect(refusedReason(leader.actions, '销号')).toContain(blocker('not_done'))
    expect(refusedReason(leader.actions, '申请延期')).toContain('当前角色不能提交“申请延期”')
    expect(await screen.findByRole('button', { name: /^(选为|取消)重点项目$/ })).toBeDisabled()
    leader.unmount()

    const secretary = await openItem(item.id, 'secretary-zhuzhuang')
    expect(offered(secretary.actions)).toEqual(['报送进度', '变更状态', '回复催办', '申请延期', '修改项目信息'])
    expect(refusedReason(secretary.actions, '销号')).toContain('只有督办组或集团领导可以确认销号')
    expect(refusedReason(secretary.actions, '催办')).toContain('当前角色不能提交“催办”')
    secretary.unmount()

    const other = await openItem(item.id, 'secretary-luling')
    expect(offered(other.actions)).toEqual([])
    expect(refusedReason(other.actions, '报送进度')).toContain('只能处理本单位的项目')
  })

  it('reports progress at once and records it in the timeline', slow, async () => {
    const item = seededItem(
      (entry) => entry.unitId === 'zhuzhuang' && entry.status === 'in_progress' && entry.progress < 90,
    )
    const { user, actions } = await openItem(item.id, 'secretary-zhuzhuang')
    await user.click(within(actions).getByRole('button', { name: '报送进度' }))
    const form = within(actions).getByRole('form', { name: '报送进度' })
    await user.clear(within(form).getByLabelText(/^进度/))
    await user.type(within(form).getByLabelText(/^进度/), '95')
    await user.type(within(form).getByLabelText(/^进展说明/), '主体工程完工，正在验收')
    await user.click(within(form).getByRole('button', { name: '提交进度' }))

    expect(await within(actions).findByRole('status')).toHaveTextContent('已提交：报送进度')
    const fields = screen.getByRole('region', { name: '项目信息' })
    expect(within(fields).getByRole('progressbar', { name: '进度' })).toHaveAttribute('aria-valuenow', '95')
    const timeline = screen.getByRole('region', { name: '办理动态' })
    expect(await within(timeline).findByText('主体工程完工，正在验收')).toBeInTheDocument()
    expect(mockBackend().db.items.get(item.id)?.progress).toBe(95)
  })

  it(
    'keeps the form in use open until its save is answered, so the answer lands where it was asked',
    slow,
    async () => {
      const item = seededItem((entry) => entry.status === 'in_progress' && entry.progress < 60)
      const { user, actions } = await openItem(item.id, 'supervisor-1')
      // The progress report is held until the test lets it through.
      const { release } = holdRequests({ method: 'post', path: '/items/:itemId/updates' })
      await user.click(within(actions).getByRole('button', { name: '报送进度' }))
      const form = within(actions).getByRole('form', { name: '报送进度' })
      await user.clear(within(form).getByLabelText(/^进度/))
      await user.type(within(form).getByLabelText(/^进度/), '70')
      await user.type(within(form).getByLabelText(/^进展说明/), '完成主体施工')
      await user.click(within(form).getByRole('button', { name: '提交进度' }))

      const fields = screen.getByRole('region', { name: '项目信息' })
      expect(within(fields).getByRole('progressbar', { name: '进度' })).toHaveAttribute('aria-valuenow', '70')
      expect(within(actions).getByRole('button', { name: '变更状态' })).toBeDisabled()
      expect(within(actions).getByRole('button', { name: '报送进度' })).toBeDisabled()
      expect(within(form).getByRole('button', { name: '取消' })).toBeDisabled()

      release()
      expect(await within(actions).findByText('已提交：报送进度')).toBeInTheDocument()
      expect(within(actions).getByRole('button', { name: '变更状态' })).toBeEnabled()
      expect(mockBackend().db.items.get(item.id)?.progress).toBe(70)
    },
  )

  it('marks bad input in Chinese next to the field and keeps it', slow, async () => {
    const item = seededItem((entry) => entry.status === 'in_progress')
    const { user, actions } = await openItem(item.id, 'supervisor-1')
    await user.click(within(actions).getByRole('button', { name: '报送进度' }))
    const form = within(actions).getByRole('form', { name: '报送进度' })
    const progress = within(form).getByLabelText(/^进度/)
    await user.clear(progress)
    await user.type(progress, '150')
    await user.click(within(form).getByRole('button', { name: '提交进度' }))

    expect(progress).toHaveAttribute('aria-invalid', 'true')
    expect(progress).toHaveAccessibleDescription('进度不能超过 100')
    expect(within(form).getByLabelText(/^进展说明/)).toHaveAccessibleDescription('请填写说明')
    expect(progress).toHaveValue(150)
  })

  it('shows the server’s 422 beside its field', slow, async () => {
    const item = seededItem((entry) => entry.status === 'in_progress')
    server.use(
      http.post('*/api/items/:itemId/updates', () =>
        HttpResponse.json(
          {
            error: {
              code: 'validation',
              message: '提交的内容有误，请按提示修改',
              fields: { replyBy: '回复期限不能晚于完成时限' },
            },
          },
          { status: 422 },
        ),
      ),
    )
    const { user, actions } = await openItem(item.id, 'supervisor-1')
    await user.click(within(actions).getByRole('button', { name: '催办' }))
    const form = within(actions).getByRole('form', { name: '催办' })
    await user.type(within(form).getByLabelText(/^催办事项/), '请本周内报送整改方案')
    await user.click(within(form).getByRole('button', { name: '发出催办' }))

    expect(await within(form).findByLabelText(/^回复期限/)).toHaveAccessibleDescription('回复期限不能晚于完成时限')
    expect(within(form).getByLabelText(/^催办事项/)).toHaveValue('请本周内报送整改方案')
  })

  it(
    'explains a stale version (409) with what changed, keeps the input, and submits again on the latest',
    slow,
    async () => {
      const item = seededItem(
        (entry) => entry.unitId === 'zhuzhuang' && entry.status === 'in_progress' && entry.progress < 50,
      )
      const { user, actions } = await openItem(item.id, 'supervisor-1')
      await user.click(within(actions).getByRole('button', { name: '报送进度' }))
      const form = within(actions).getByRole('form', { name: '报送进度' })
      await user.clear(within(form).getByLabelText(/^进度/))
      await user.type(within(form).getByLabelText(/^进度/), '70')
      await user.type(within(form).getByLabelText(/^进展说明/), '设备已安装调试')

      // Meanwhile the unit's secretary reports progress.
      const { db } = mockBackend()
      const record = db.items.get(item.id)!
      db.apply({ items: [{ ...record, progress: 60, version: record.version + 1 }] })

      await user.click(within(form).getByRole('button', { name: '提交进度' }))
      const alert = await within(form).findByRole('alert')
      expect(alert).toHaveTextContent('此项目已被他人更新，您的提交没有生效')
      expect(alert).toHaveTextContent(`进度：${item.progress}% → 60%`)
      expect(within(form).getByLabelText(/^进度/)).toHaveValue(70)
      expect(within(form).getByLabelText(/^进展说明/)).toHaveValue('设备已安装调试')

      await user.click(within(alert).getByRole('button', { name: '基于最新内容重新提交' }))
      expect(await within(actions).findByText('已提交：报送进度')).toBeInTheDocument()
      expect(db.items.get(item.id)).toMatchObject({ progress: 70, version: record.version + 2 })
    },
  )

  it('rolls an optimistic progress back when the request fails, keeps the input and retries', slow, async () => {
    const item = seededItem((entry) => entry.status === 'in_progress' && entry.progress < 50)
    const { user, actions } = await openItem(item.id, 'supervisor-1')
    server.use(http.post('*/api/items/:itemId/updates', () => HttpResponse.error()))
    await user.click(within(actions).getByRole('button', { name: '报送进度' }))
    const form = within(actions).getByRole('form', { name: '报送进度' })
    await user.clear(within(form).getByLabelText(/^进度/))
    await user.type(within(form).getByLabelText(/^进度/), '80')
    await user.type(within(form).getByLabelText(/^进展说明/), '完成招标')
    await user.click(within(form).getByRole('button', { name: '提交进度' }))

    const alert = await within(form).findByRole('alert')
    expect(alert).toHaveTextContent('页面已恢复为提交前的内容')
    expect(alert).toHaveTextContent('网络连接失败')
    const fields = screen.getByRole('region', { name: '项目信息' })
    expect(within(fields).getByRole('progressbar', { name: '进度' })).toHaveAttribute(
      'aria-valuenow',
      String(item.progress),
    )
    expect(within(form).getByLabelText(/^进展说明/)).toHaveValue('完成招标')

    server.resetHandlers()
    await user.click(within(alert).getByRole('button', { name: '重新提交' }))
    expect(await within(actions).findByText('已提交：报送进度')).toBeInTheDocument()
    expect(mockBackend().db.items.get(item.id)?.progress).toBe(80)
  })
})

describe('the item page: urges and strike-off', () => {
  it('urges once; a repeat urge at once is refused with the reason, and clicks do not red-list', slow, async () => {
    const item = seededItem(
      (entry) =>
        entry.status === 'in_progress' &&
        !entry.urge.redList &&
        !mockBackend()
          .db.updatesOf(entry.id)
          .some((u) => u.kind === 'urge' && Date.now() - Date.parse(u.at) < 24 * 3_600_000),
    )
    const { user, actions } = await openItem(item.id, 'supervisor-1')
    const urge = async (n: number) => {
      await user.click(within(actions).getByRole('button', { name: '催办' }))
      const form = within(actions).getByRole('form', { name: '催办' })
      await user.type(within(form).getByLabelText(/^催办事项/), `第${n}次催办：请报送进度`)
      await user.click(within(form).getByRole('button', { name: '发出催办' }))
      return form
    }
    await urge(1)
    expect(await within(actions).findByText('已提交：催办')).toBeInTheDocument()
    const again = await urge(2)
    expect(await within(again).findByRole('alert')).toHaveTextContent(/24 小时内不能重复催办；.*后可再次催办/)
    const fields = screen.getByRole('region', { name: '项目信息' })
    expect(
      await within(fields).findByText(
        new RegExp(`累计催办 ${item.urge.count + 1} 次，未回复 ${item.urge.open + 1} 次`),
      ),
    ).toBeInTheDocument()
    expect(within(fields).queryByText(/已列入红榜/)).not.toBeInTheDocument()
  })

  it('refuses strike-off with the rule’s reasons, then allows it once satisfaction is recorded', slow, async () => {
    // Whoever reported the work done may not strike it off: a supervisor who did not report it.
    const signedIn = 'supervisor-2'
    const item = seededItem((entry) => {
      const history = mockBackend().db.updatesOf(entry.id)
      return (
        entry.status === 'done' &&
        completionReporter(history)?.authorId !== signedIn &&
        !history.some((u) => u.kind === 'satisfaction')
      )
    })
    expect(strikeOffBlockers(item, mockBackend().db.updatesOf(item.id), defaultSatisfactionBar)).toEqual([
      'satisfaction',
    ])
    const { user, actions } = await openItem(item.id, signedIn)
    expect(refusedReason(actions, '销号')).toContain(blocker('satisfaction'))

    await user.click(within(actions).getByRole('button', { name: '满意度回访' }))
    const survey = within(actions).getByRole('form', { name: '满意度回访' })
    await user.type(within(survey).getByLabelText(/^回访人数/), '40')
    await user.type(within(survey).getByLabelText(/^满意人数/), '41')
    await user.click(within(survey).getByRole('button', { name: '记录回访结果' }))
    expect(within(survey).getByLabelText(/^满意人数/)).toHaveAccessibleDescription('满意人数不能超过回访人数')
    await user.clear(within(survey).getByLabelText(/^满意人数/))
    await user.type(within(survey).getByLabelText(/^满意人数/), '38')
    await user.selectOptions(within(survey).getByLabelText(/^回访方式/), '电话回访')
    await user.click(within(survey).getByRole('button', { name: '记录回访结果' }))
    expect(await within(actions).findByText('已提交：满意度回访')).toBeInTheDocument()

    await user.click(await within(actions).findByRole('button', { name: '销号' }))
    const strike = within(actions).getByRole('form', { name: '销号' })
    await user.type(within(strike).getByLabelText(/^销号说明/), '回访满意，事结销号')
    await user.click(within(strike).getByRole('button', { name: '确认销号' }))
    expect(await within(actions).findByText('已提交：销号')).toBeInTheDocument()
    expect(mockBackend().db.items.get(item.id)?.status).toBe('closed')
    expect(await screen.findAllByText('已销号')).not.toHaveLength(0)
  })

  it(
    'lets a secretary edit her own unit’s item, and the supervisor select it as a key item within the target',
    slow,
    async () => {
      const item = seededItem(
        (entry) =>
          entry.unitId === 'zhuzhuang' &&
          entry.status === 'in_progress' &&
          entry.listId === 'double-hundred' &&
          entry.key,
      )
      const secretary = await openItem(item.id, 'secretary-zhuzhuang')
      await secretary.user.click(within(secretary.actions).getByRole('button', { name: '修改项目信息' }))
      const form = within(secretary.actions).getByRole('form', { name: '修改项目信息' })
      // The deadline moves only through an extension request, so the edit has no deadline field.
      expect(within(form).queryByLabelText(/^完成时限/)).not.toBeInTheDocument()
      expect(form).toHaveTextContent('完成时限请通过“申请延期”变更')
      await secretary.user.clear(within(form).getByLabelText(/^责任人/))
      await secretary.user.type(within(form).getByLabelText(/^责任人/), '李新')
      await secretary.user.click(within(form).getByRole('button', { name: '保存修改' }))
      const reason = within(form).getByLabelText(/^修改原因/)
      expect(reason).toHaveAccessibleDescription(/请填写修改原因/)
      expect(reason).toHaveFocus()
      expect(within(form).getByLabelText(/^责任人/)).toHaveValue('李新')
      await secretary.user.type(reason, '原责任人调岗')
      await secretary.user.click(within(form).getByRole('button', { name: '保存修改' }))
      expect(await within(secretary.actions).findByText('已提交：修改项目信息')).toBeInTheDocument()
      // The form closed: focus is back on the button that opened it.
      expect(within(secretary.actions).getByRole('button', { name: '修改项目信息' })).toHaveFocus()
      expect(mockBackend().db.items.get(item.id)?.owner).toBe('李新')
      // The trail tells what changed, field by field, and why.
      const timeline = screen.getByRole('region', { name: '办理动态' })
      expect(await within(timeline).findByText(`责任人：${item.owner} → 李新`)).toBeInTheDocument()
      expect(within(timeline).getByText('修改原因：原责任人调岗')).toBeInTheDocument()
      expect(screen.getByRole('region', { name: '重点项目' })).toHaveTextContent('本清单已评选 100 / 100 件')
      expect(screen.getByRole('button', { name: '取消重点项目' })).toBeDisabled()
      secretary.unmount()

      const { user } = await openItem(item.id, 'supervisor-1')
      const key = screen.getByRole('region', { name: '重点项目' })
      await user.click(await within(key).findByRole('button', { name: '取消重点项目' }))
      expect(await within(key).findByText('本清单已评选 99 / 100 件')).toBeInTheDocument()
      expect(mockBackend().db.items.get(item.id)?.key).toBe(false)
    },
  )
})
