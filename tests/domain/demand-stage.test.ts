import { feedsItem, isInStage } from '@/domain/demand-stage'
import { demand } from './fixtures'

describe('feedsItem', () => {
  it('is true for an adopted or answered demand linked to an item that exists', () => {
    expect(feedsItem(demand({ status: 'adopted', itemId: 'i-1' }), 'in_progress')).toBe(true)
    expect(feedsItem(demand({ status: 'answered', itemId: 'i-1' }), 'closed')).toBe(true)
  })

  it('is false without a link, for a missing item, or for new, rejected and merged demands', () => {
    expect(feedsItem(demand({ status: 'adopted', itemId: null }), null)).toBe(false)
    expect(feedsItem(demand({ status: 'adopted', itemId: 'gone' }), null)).toBe(false)
    for (const status of ['new', 'rejected', 'merged'] as const)
      expect(feedsItem(demand({ status, itemId: 'i-1' }), 'in_progress')).toBe(false)
  })
})

describe('isInStage', () => {
  const linked = demand({ status: 'adopted', itemId: 'i-1' })
  it('stages are cumulative: struck off is also done and adopted', () => {
    expect(['adopted', 'done', 'closed'].map((stage) => isInStage(linked, 'closed', stage as 'adopted'))).toEqual([
      true,
      true,
      true,
    ])
    expect(['adopted', 'done', 'closed'].map((stage) => isInStage(linked, 'done', stage as 'adopted'))).toEqual([
      true,
      true,
      false,
    ])
    expect(['adopted', 'done', 'closed'].map((stage) => isInStage(linked, 'planned', stage as 'adopted'))).toEqual([
      true,
      false,
      false,
    ])
  })

  it('a demand that feeds no item is in no stage', () => {
    expect(isInStage(demand({ status: 'new' }), null, 'adopted')).toBe(false)
  })
})
