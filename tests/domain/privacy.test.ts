import type { Demand } from '@/domain/model/demand'
import type { User } from '@/domain/model/user'
import { demandFor, maskName, maskPhone, seesSubmitter } from '@/domain/privacy'

const user = (role: User['role'], unitId: string | null): Pick<User, 'role' | 'unitId'> => ({ role, unitId })
const demand = {
  unitId: 'zhuzhuang',
  text: '浴室热水不足',
  submitterName: '王建国',
  submitterPhone: '139 1234 1234',
} satisfies Pick<Demand, 'unitId' | 'text' | 'submitterName' | 'submitterPhone'>

describe('seesSubmitter', () => {
  it('is the supervision team and the secretary of the demand’s unit', () => {
    expect(seesSubmitter(user('supervisor', null), demand)).toBe(true)
    expect(seesSubmitter(user('admin', 'dept-it'), demand)).toBe(true)
    expect(seesSubmitter(user('secretary', 'zhuzhuang'), demand)).toBe(true)
  })

  it('is nobody else: another unit’s secretary, a leader (even of that unit), a caller without a session', () => {
    expect(seesSubmitter(user('secretary', 'luling'), demand)).toBe(false)
    expect(seesSubmitter(user('leader', 'zhuzhuang'), demand)).toBe(false)
    expect(seesSubmitter(null, demand)).toBe(false)
  })
})

describe('maskName', () => {
  it('keeps the first and last character', () => {
    expect(maskName('王建国')).toBe('王*国')
    expect(maskName('欧阳建国')).toBe('欧**国')
    expect(maskName('王国')).toBe('王*')
    expect(maskName('王')).toBe('*')
    expect(maskName('  王建国 ')).toBe('王*国')
  })
})

describe('maskPhone', () => {
  it('keeps the first three and last four digits of a mobile number', () => {
    expect(maskPhone('13912341234')).toBe('139****1234')
    expect(maskPhone('139-1234-1234')).toBe('139****1234')
    expect(maskPhone('+86 139 1234 1234')).toBe('861****1234')
  })

  it('keeps less of a shorter number', () => {
    expect(maskPhone('0561-8881234')).toBe('056****1234')
    expect(maskPhone('888-1234')).toBe('****34')
    expect(maskPhone('12345')).toBe('****')
  })
})

describe('demandFor', () => {
  it('gives the demand unchanged to those who see the submitter', () => {
    expect(demandFor(user('secretary', 'zhuzhuang'), demand)).toBe(demand)
  })

  it('masks the name and phone, and only them, for everyone else', () => {
    expect(demandFor(user('secretary', 'luling'), demand)).toEqual({
      ...demand,
      submitterName: '王*国',
      submitterPhone: '139****1234',
    })
  })

  it('leaves an absent name or phone absent', () => {
    const anonymous = { ...demand, submitterName: null, submitterPhone: null }
    expect(demandFor(null, anonymous)).toEqual(anonymous)
  })
})
