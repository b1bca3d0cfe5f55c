import type { Demand } from './model/demand'
import type { User } from './model/user'
import { actsForUnit, isSupervision } from './roles'

// Who sees a worker's name and phone on a demand (docs/decisions/013-personal-data.md): the supervision team
// and the secretary of the demand's unit, who act on it. Everyone else (group leaders, secretaries of other
// units, a caller without a session) gets them masked: enough to tell two demands apart, not to call or name
// the worker. The demand's text stays readable: the pool and the items' linked demands are shared across the
// group on purpose, and the text is what an item answers. Both backends mask in the core, on every answer
// that carries a demand; the UI shows what it gets.

/** Whether the viewer may see the submitter's name and phone of a demand of this unit. */
export function seesSubmitter(viewer: Pick<User, 'role' | 'unitId'> | null, demand: Pick<Demand, 'unitId'>): boolean {
  if (!viewer) return false
  return isSupervision(viewer) || actsForUnit(viewer, demand.unitId)
}

/** A name with its inner characters masked: 王建国 → 王*国, 王国 → 王*, a single character → *. */
export function maskName(name: string): string {
  const characters = [...name.trim()]
  if (characters.length <= 1) return '*'
  if (characters.length === 2) return `${characters[0]}*`
  return `${characters[0]}${'*'.repeat(characters.length - 2)}${characters.at(-1)}`
}

/**
 * A phone number with its middle masked, by its digits: 13912341234 → 139****1234. Shorter numbers keep
 * less: 7 to 10 digits keep the last two (****34), fewer keep none (****).
 */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '')
  if (digits.length >= 11) return `${digits.slice(0, 3)}****${digits.slice(-4)}`
  if (digits.length >= 7) return `****${digits.slice(-2)}`
  return '****'
}

/** A demand as this viewer may see it: the submitter's name and phone masked unless `seesSubmitter`. */
export function demandFor<D extends Pick<Demand, 'unitId' | 'submitterName' | 'submitterPhone'>>(
  viewer: Pick<User, 'role' | 'unitId'> | null,
  demand: D,
): D {
  if (seesSubmitter(viewer, demand)) return demand
  return {
    ...demand,
    submitterName: demand.submitterName === null ? null : maskName(demand.submitterName),
    submitterPhone: demand.submitterPhone === null ? null : maskPhone(demand.submitterPhone),
  }
}
