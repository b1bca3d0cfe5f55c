import { applyDemandPatch, demandStatusText } from '@/domain/demand-rules'
import { demandStatuses, type Demand, type DemandPatch } from '@/domain/model/demand'
import { chineseSentence, demand } from './fixtures'

const others: Record<string, Demand> = {
  'd-2': demand({ id: 'd-2', status: 'new' }),
  'd-3': demand({ id: 'd-3', status: 'merged', mergedInto: 'd-2' }),
}
const exists = {
  item: (id: string) => id === 'i-1',
  demand: (id: string) => (id === 'd-1' ? demand() : others[id]),
}
const apply = (patch: DemandPatch, current: Demand = demand()) => applyDemandPatch(current, patch, exists)
const fieldsOf = (result: ReturnType<typeof applyDemandPatch>) => (result.ok ? {} : result.fields)

describe('applyDemandPatch', () => {
  describe('adopt', () => {
    it('needs an item', () => {
      expect(fieldsOf(apply({ status: 'adopted' }))).toEqual({ itemId: '采纳诉求时须关联一个项目' })
      expect(fieldsOf(apply({ status: 'adopted', itemId: null }, demand({ itemId: 'i-1' })))).toEqual({
        itemId: '采纳诉求时须关联一个项目',
      })
    })

    it('with an existing item', () => {
      const result = apply({ status: 'adopted', itemId: 'i-1' })
      expect(result.ok && result.next).toMatchObject({ status: 'adopted', itemId: 'i-1' })
    })

    it('keeps the item already linked', () => {
      const result = apply({ status: 'adopted' }, demand({ itemId: 'i-1' }))
      expect(result.ok && result.next.itemId).toBe('i-1')
    })

    it('an item that does not exist is refused', () => {
      expect(fieldsOf(apply({ status: 'adopted', itemId: 'i-404' }))).toEqual({ itemId: '关联的项目不存在' })
    })
  })

  it('linking to a missing item is refused whatever the status', () => {
    expect(fieldsOf(apply({ itemId: 'i-404' }))).toEqual({ itemId: '关联的项目不存在' })
  })

  describe('reject', () => {
    it.each([undefined, null, '', '   '])('needs a reason (reply %j)', (reply) => {
      expect(fieldsOf(apply({ status: 'rejected', reply }))).toEqual({ reply: '不采纳时须说明理由' })
    })

    it('with a reason', () => {
      const result = apply({ status: 'rejected', reply: '不属于本次活动范围' })
      expect(result.ok && result.next).toMatchObject({ status: 'rejected', reply: '不属于本次活动范围' })
    })

    it('unlinks the item the demand fed', () => {
      const result = apply(
        { status: 'rejected', reply: '不属于本次活动范围' },
        demand({ status: 'adopted', itemId: 'i-1' }),
      )
      expect(result.ok && result.next.itemId).toBeNull()
    })
  })

  describe('answer', () => {
    it.each([undefined, null, ' \n '])('needs a reply (reply %j)', (reply) => {
      expect(fieldsOf(apply({ status: 'answered', reply }))).toEqual({ reply: '请填写答复内容' })
    })

    it('with a reply', () => {
      expect(apply({ status: 'answered', reply: '已协调解决' }).ok).toBe(true)
    })

    it('keeps a reply given before', () => {
      expect(apply({ status: 'answered' }, demand({ reply: '已协调解决' })).ok).toBe(true)
    })
  })

  describe('merge', () => {
    it.each<[string, DemandPatch, string]>([
      ['without a target', { status: 'merged' }, '请选择要合并到的诉求'],
      ['into itself', { status: 'merged', mergedInto: 'd-1' }, '不能合并到自身'],
      ['into a missing demand', { status: 'merged', mergedInto: 'd-404' }, '要合并到的诉求不存在'],
      ['into an already merged demand', { status: 'merged', mergedInto: 'd-3' }, '不能合并到已被合并的诉求'],
    ])('%s is refused', (_label, patch, message) => {
      expect(fieldsOf(apply(patch))).toEqual({ mergedInto: message })
    })

    it('into another open demand', () => {
      const result = apply({ status: 'merged', mergedInto: 'd-2' })
      expect(result.ok && result.next).toMatchObject({ status: 'merged', mergedInto: 'd-2' })
    })
  })

  describe('mergedInto is cleared when the demand is not merged', () => {
    it.each(demandStatuses.filter((s) => s !== 'merged'))('moving a merged demand to %s', (status) => {
      const merged = demand({ status: 'merged', mergedInto: 'd-2', itemId: 'i-1', reply: '已答复' })
      const result = apply({ status }, merged)
      expect(result.ok).toBe(true)
      expect(result.ok && result.next.mergedInto).toBeNull()
    })

    it('a stray mergedInto on a new demand', () => {
      const result = apply({ mergedInto: 'd-2' })
      expect(result.ok && result.next.mergedInto).toBeNull()
    })
  })

  it('an empty patch changes nothing', () => {
    const current = demand({ status: 'adopted', itemId: 'i-1' })
    expect(apply({}, current)).toEqual({ ok: true, next: current })
  })

  it('does not touch the demand it was given', () => {
    const current = demand()
    apply({ status: 'answered', reply: '已解决' }, current)
    expect(current).toEqual(demand())
  })

  it('reports several bad fields at once', () => {
    expect(Object.keys(fieldsOf(apply({ status: 'rejected', itemId: 'i-404' }))).sort()).toEqual(['itemId', 'reply'])
  })
})

describe('demandStatusText', () => {
  it('names every status in Chinese', () => {
    for (const status of demandStatuses) expect(demandStatusText[status]).toMatch(chineseSentence)
  })
})
