import { checkUpdateDraft } from '@/domain/update-checks'

describe('checkUpdateDraft', () => {
  const today = '2026-06-10'
  it('wants an urge answered today or later', () => {
    expect(checkUpdateDraft({ kind: 'urge', replyBy: '2026-06-09' }, today)).toEqual({
      replyBy: '回复期限不能早于今天',
    })
    expect(checkUpdateDraft({ kind: 'urge', replyBy: today }, today)).toEqual({})
  })
  it('wants an on-site check dated today or earlier', () => {
    expect(checkUpdateDraft({ kind: 'inspection', visitedOn: '2026-06-11' }, today)).toEqual({
      visitedOn: '查看日期不能晚于今天',
    })
    expect(checkUpdateDraft({ kind: 'inspection', visitedOn: '2026-06-01' }, today)).toEqual({})
  })
  it('has nothing to say about other kinds', () => {
    expect(checkUpdateDraft({ kind: 'progress' }, today)).toEqual({})
  })
})
