import type { User } from './model/user'

// Who each role is, in the terms the pages and the role table (permissions.ts) ask about. Small on
// purpose: the app's shell asks it for its navigation on the wall's first load.

/** Who answers for one unit only (a branch secretary): offered 本单位, and bound to that unit in every write. */
export function isUnitBound(user: Pick<User, 'role'>): boolean {
  return user.role === 'secretary'
}

/** Who looks over every unit (leaders, supervision, admins): offered the supervision queue. */
export function overseesAllUnits(user: Pick<User, 'role'>): boolean {
  return !isUnitBound(user)
}

/** The one unit a unit-bound user acts for; null for everyone else (a home unit elsewhere binds nothing). */
export function homeUnitOf(user: Pick<User, 'role' | 'unitId'>): string | null {
  return isUnitBound(user) ? user.unitId : null
}

/** The supervision team (supervisors, and admins who stand in for them): keeps the ledger, decides, strikes off. */
export function isSupervision(user: Pick<User, 'role'>): boolean {
  return user.role === 'supervisor' || user.role === 'admin'
}

/** Whether the user acts for this unit: bound to it (a secretary of it). */
export function actsForUnit(user: Pick<User, 'role' | 'unitId'>, unitId: string): boolean {
  const home = homeUnitOf(user)
  return home !== null && home === unitId
}
