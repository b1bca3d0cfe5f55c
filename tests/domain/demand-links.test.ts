import { itemDemandIds, linkedDemand, unlinkedDemand } from '@/domain/demand-links'
import type { DemandStatus } from '@/domain/model/demand'
import { demand } from './fixtures'

const at = '2026-06-10T04:00:00.000Z'

describe('linkedDemand', () => {
  it('points the demand at the item; a new demand counts as adopted', () => {
    expect(linkedDemand(demand({ status: 'new' }), 'i-9', at)).toMatchObject({
      itemId: 'i-9',
      status: 'adopted',
      updatedAt: at,
    })
  })

  it.each<DemandStatus>(['adopted', 'answered', 'rejected', 'merged'])('keeps the status %s', (status) => {
    expect(linkedDemand(demand({ status, itemId: 'i-1' }), 'i-9', at)).toMatchObject({ itemId: 'i-9', status })
  })
})

describe('unlinkedDemand', () => {
  it('clears the link; an adopted demand goes back to new', () => {
    expect(unlinkedDemand(demand({ status: 'adopted', itemId: 'i-1' }), at)).toMatchObject({
      itemId: null,
      status: 'new',
      updatedAt: at,
    })
  })

  it('an answered demand stays answered', () => {
    expect(unlinkedDemand(demand({ status: 'answered', itemId: 'i-1', reply: '已解决' }), at)).toMatchObject({
      itemId: null,
      status: 'answered',
      reply: '已解决',
    })
  })
})

describe('itemDemandIds', () => {
  it('adds the wanted demands after those the item has, once each', () => {
    expect(itemDemandIds(['d-1', 'd-2'], ['d-2', 'd-3', 'd-3'], false)).toEqual(['d-1', 'd-2', 'd-3'])
  })

  it('with replace keeps exactly the wanted demands, in their order', () => {
    expect(itemDemandIds(['d-1', 'd-2'], ['d-3', 'd-1', 'd-3'], true)).toEqual(['d-3', 'd-1'])
    expect(itemDemandIds(['d-1'], [], true)).toEqual([])
  })
})
