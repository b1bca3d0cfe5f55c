import { newDemand, receiptNumber, receiptPattern } from '@/domain/demand-filing'

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
  const bytes = (values: number[]) => {
    let at = 0
    return (array: Uint8Array) => array.map(() => values[at++ % values.length]!)
  }

  it('is BS- and eleven digits, a byte’s value modulo 10 each', () => {
    expect(receiptNumber(bytes([0]))).toBe('BS-00000000000')
    expect(receiptNumber(bytes([249]))).toBe('BS-99999999999')
    expect(receiptNumber(bytes([1, 2, 3, 14]))).toBe('BS-12341234123')
    expect(receiptNumber(bytes([7]))).toMatch(receiptPattern)
  })

  it('drops bytes of 250 and above, so that every digit is as likely', () => {
    expect(receiptNumber(bytes([250, 255, 5]))).toBe('BS-55555555555')
  })

  it('draws from Web Crypto without repeats in practice', () => {
    const numbers = new Set(Array.from({ length: 500 }, () => receiptNumber((array) => crypto.getRandomValues(array))))
    expect(numbers.size).toBe(500)
    for (const number of numbers) expect(number).toMatch(receiptPattern)
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
