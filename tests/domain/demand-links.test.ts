import { canRelinkDemand, itemDemandIds, linkedDemand, unlinkedDemand } from '@/domain/demand-links'
import type { DemandStatus } from '@/domain/model/demand'
import { demand, user } from './fixtures'

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

describe('canRelinkDemand', () => {
  const zhuItem = { id: 'i-zhu', code: 'SB-001', unitId: 'zhu' }
  const zhuOther = { id: 'i-zhu2', code: 'SB-002', unitId: 'zhu' }
  const luItem = { id: 'i-lu', code: 'SB-039', unitId: 'lu' }
  const secretary = user('secretary', 'zhu')
  const viaItem = { field: 'demandIds', explicit: false } as const

  it('lets a secretary link only their unit’s free demands to their unit’s items', () => {
    expect(canRelinkDemand(secretary, { unitId: 'zhu' }, { from: null, to: zhuItem, ...viaItem }).ok).toBe(true)
    expect(canRelinkDemand(secretary, { unitId: 'lu' }, { from: null, to: zhuItem, ...viaItem })).toMatchObject({
      ok: false,
      status: 403,
    })
    expect(canRelinkDemand(secretary, { unitId: 'zhu' }, { from: null, to: luItem, ...viaItem })).toMatchObject({
      ok: false,
      status: 403,
    })
  })

  it('never lets a secretary take a demand from another item through an item’s list', () => {
    expect(canRelinkDemand(secretary, { unitId: 'lu' }, { from: luItem, to: zhuItem, ...viaItem })).toMatchObject({
      ok: false,
      status: 403,
    })
    expect(canRelinkDemand(secretary, { unitId: 'zhu' }, { from: luItem, to: zhuItem, ...viaItem })).toMatchObject({
      ok: false,
      status: 422,
      field: 'demandIds',
    })
    expect(canRelinkDemand(secretary, { unitId: 'zhu' }, { from: zhuOther, to: zhuItem, ...viaItem })).toMatchObject({
      ok: false,
      status: 422,
      field: 'demandIds',
    })
    // On the demand itself, a move between two of the unit's items is what was asked.
    const onDemand = { field: 'itemId', explicit: true } as const
    expect(canRelinkDemand(secretary, { unitId: 'zhu' }, { from: zhuOther, to: zhuItem, ...onDemand }).ok).toBe(true)
    expect(canRelinkDemand(secretary, { unitId: 'zhu' }, { from: luItem, to: null, ...onDemand })).toMatchObject({
      ok: false,
      status: 422,
      field: 'itemId',
    })
  })

  it('lets a secretary drop any demand from their own item', () => {
    expect(canRelinkDemand(secretary, { unitId: 'lu' }, { from: zhuItem, to: null, ...viaItem }).ok).toBe(true)
  })

  it('lets supervision link across units and move demands; leaders not', () => {
    for (const role of ['supervisor', 'admin'] as const)
      expect(canRelinkDemand(user(role), { unitId: 'lu' }, { from: luItem, to: zhuItem, ...viaItem }).ok).toBe(true)
    expect(canRelinkDemand(user('leader'), { unitId: 'lu' }, { from: null, to: luItem, ...viaItem })).toMatchObject({
      ok: false,
      status: 403,
    })
  })
})
