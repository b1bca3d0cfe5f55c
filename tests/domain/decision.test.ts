import { allow, firstDenial, forbid, invalid } from '@/domain/decision'

describe('decisions', () => {
  it('forbid is a 403, invalid a 422 with an optional field', () => {
    expect(forbid('不能')).toEqual({ ok: false, status: 403, reason: '不能' })
    expect(invalid('不对')).toEqual({ ok: false, status: 422, reason: '不对' })
    expect(invalid('不对', 'deadline')).toEqual({ ok: false, status: 422, reason: '不对', field: 'deadline' })
  })

  it('firstDenial answers the first refusal, or allow', () => {
    expect(firstDenial(allow, invalid('一'), forbid('二'))).toEqual(invalid('一'))
    expect(firstDenial(allow, allow)).toBe(allow)
    expect(firstDenial()).toBe(allow)
  })
})
