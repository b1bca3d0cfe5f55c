import { PublicItemSchema } from '@/domain/model/public-board'
import { toPublicItem } from '@/domain/public-board'
import { item, update } from './fixtures'

describe('toPublicItem', () => {
  const inside = item({
    owner: '张三',
    ownerPhone: '13800000000',
    leadLeader: '孙书记',
    content: '内部说明',
    completionNote: '办结回复',
    lastUpdate: { at: update('instruction', '2026-05-01').at, kind: 'instruction', note: '领导批示内容' },
    urge: { count: 3, open: 3, replyBy: '2026-05-05', missed: 0, redList: true },
    demandIds: ['d-1'],
  })

  it('is exactly the public shape (strict schema)', () => {
    expect(PublicItemSchema.safeParse(toPublicItem(inside)).success).toBe(true)
  })

  it('carries no personal data, notes, urges or instructions', () => {
    const text = JSON.stringify(toPublicItem(inside))
    for (const secret of ['张三', '13800000000', '孙书记', '内部说明', '办结回复', '领导批示内容', 'redList', 'd-1'])
      expect(text).not.toContain(secret)
  })

  it('keeps what workers may see', () => {
    expect(toPublicItem(inside)).toEqual({
      id: inside.id,
      code: inside.code,
      listId: inside.listId,
      title: inside.title,
      beneficiaries: inside.beneficiaries,
      category: inside.category,
      unitId: inside.unitId,
      deadline: inside.deadline,
      status: inside.status,
      progress: inside.progress,
      light: inside.light,
      key: inside.key,
    })
  })
})
