import { checkExtensionDate, extensionStateOf, pendingExtension } from '@/domain/extension'
import { checkUpdateDraft } from '@/domain/update-checks'
import { update } from './fixtures'

const request = (when: string, deadline: string, authorId = 'sec-zhu') =>
  update('extension', when, { deadline, note: '设备到货延迟', authorId, authorName: '王芳' })
const decision = (when: string, approved: boolean) => update('extension_decision', when, { approved, note: '审批' })

describe('extension requests (申请延期)', () => {
  it('a request waits until a decision settles it', () => {
    const first = request('2026-05-01', '2026-06-30')
    expect(pendingExtension([first])).toBe(first)
    expect(pendingExtension([first, decision('2026-05-02', false)])).toBeNull()
    const second = request('2026-05-03', '2026-07-31')
    expect(pendingExtension([first, decision('2026-05-02', false), second])).toBe(second)
  })

  it('counts the approved ones and describes the one waiting', () => {
    const trail = [
      request('2026-05-01', '2026-06-30'),
      decision('2026-05-02', true),
      request('2026-05-10', '2026-07-31'),
      decision('2026-05-11', false),
      request('2026-05-20', '2026-08-31'),
    ]
    expect(extensionStateOf(trail)).toEqual({
      approved: 1,
      pending: {
        deadline: '2026-08-31',
        reason: '设备到货延迟',
        requestedBy: '王芳',
        requestedById: 'sec-zhu',
        at: trail[4]!.at,
      },
    })
    expect(extensionStateOf([])).toEqual({ approved: 0, pending: null })
  })

  it('asks for a date after the deadline, not before today, within the campaign, field named', () => {
    const context = { today: '2026-05-31', campaign: { endDate: '2026-12-31' } }
    const item = { deadline: '2026-06-30' }
    expect(checkExtensionDate('2026-05-30', item, context)).toEqual({ deadline: '延期后的日期不能早于今天' })
    expect(checkExtensionDate('2027-01-01', item, context)).toEqual({
      deadline: '延期后的日期不能晚于活动结束日期 2026-12-31',
    })
    expect(checkExtensionDate('2026-06-30', item, context)).toEqual({
      deadline: '延期后的日期应晚于当前完成时限 2026-06-30',
    })
    expect(checkExtensionDate('2026-07-01', item, context)).toEqual({})
    const draft = { kind: 'extension', deadline: '2026-06-01', note: '原因' } as const
    expect(checkUpdateDraft(draft, '2026-05-31', { item, campaign: context.campaign })).toHaveProperty('deadline')
  })
})
