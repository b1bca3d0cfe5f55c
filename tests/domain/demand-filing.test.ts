import { newDemand, receiptNumber } from '@/domain/demand-filing'

const stamp = { id: 'dem-1', receipt: 'BS-000042', at: '2026-06-10T04:00:00.000Z' }
const filing = {
  channel: 'qr_form',
  unitId: 'zhu',
  text: '浴室热水不足',
  anonymous: false,
  submitterName: '王五',
  submitterPhone: '13800000000',
} as const

describe('receiptNumber', () => {
  it('is BS- and six digits', () => {
    expect(receiptNumber(() => 0)).toBe('BS-000000')
    expect(receiptNumber(() => 0.0042)).toBe('BS-004200')
    expect(receiptNumber(() => 0.9999999)).toBe('BS-999999')
  })
})

describe('newDemand', () => {
  it('is new, unlinked and unanswered, filed at the stamp', () => {
    expect(newDemand(filing, stamp)).toEqual({
      id: 'dem-1',
      receipt: 'BS-000042',
      channel: 'qr_form',
      unitId: 'zhu',
      text: '浴室热水不足',
      submittedAt: stamp.at,
      status: 'new',
      itemId: null,
      reply: null,
      mergedInto: null,
      anonymous: false,
      submitterName: '王五',
      submitterPhone: '13800000000',
      updatedAt: stamp.at,
    })
  })

  it('fills what the form left out: not anonymous, no name, no phone', () => {
    expect(newDemand({ channel: 'symposium', unitId: 'zhu', text: '班车太少了' }, stamp)).toMatchObject({
      anonymous: false,
      submitterName: null,
      submitterPhone: null,
    })
  })

  it('takes only the fields of a filing, nothing else the body carried', () => {
    const body = { ...filing, status: 'answered', itemId: 'i-1' } as typeof filing
    expect(newDemand(body, stamp)).toMatchObject({ status: 'new', itemId: null })
  })

  it('an anonymous demand keeps no name or phone, whatever was sent', () => {
    expect(newDemand({ ...filing, anonymous: true }, stamp)).toMatchObject({
      anonymous: true,
      submitterName: null,
      submitterPhone: null,
    })
  })
})
