import { patchedItemRecord } from '@/domain/item-writes'
import { itemRecord } from './fixtures'

const at = '2026-06-10T04:00:00.000Z'

describe('patchedItemRecord', () => {
  it('takes the content fields given, one version on; never the deadline or the reason', () => {
    const record = itemRecord({ version: 3 })
    const next = patchedItemRecord(
      record,
      { version: 3, title: '新标题', deadline: '2026-10-31', ownerPhone: null, reason: '更正' },
      at,
    )
    expect(next).toEqual({
      ...record,
      title: '新标题',
      ownerPhone: null,
      updatedAt: at,
      version: 4,
    })
  })

  it('sets key only when given; demand links and the version sent are not stored here', () => {
    const record = itemRecord({ key: true, demandIds: ['d-1'] })
    expect(patchedItemRecord(record, { version: 1, title: '改' }, at).key).toBe(true)
    const next = patchedItemRecord(record, { version: 1, key: false, demandIds: ['d-2'] }, at)
    expect(next).toMatchObject({ key: false, demandIds: ['d-1'], version: 2 })
  })
})
