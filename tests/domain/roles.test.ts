import { roles } from '@/domain/model/user'
import { homeUnitOf, isUnitBound, overseesAllUnits } from '@/domain/roles'
import { user } from './fixtures'

describe('who each role is', () => {
  it.each([
    ['leader', false],
    ['supervisor', false],
    ['secretary', true],
    ['admin', false],
  ] as const)('%s: unit-bound %s, and overseeing every unit exactly when not', (role, bound) => {
    const someone = user(role, 'zhu')
    expect(isUnitBound(someone)).toBe(bound)
    expect(overseesAllUnits(someone)).toBe(!bound)
  })

  it('a home unit binds only the unit-bound', () => {
    for (const role of roles) {
      expect(homeUnitOf(user(role, 'zhu'))).toBe(role === 'secretary' ? 'zhu' : null)
      expect(homeUnitOf(user(role, null))).toBeNull()
    }
  })
})
