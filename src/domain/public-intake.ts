import type { Unit } from './model/unit'

/**
 * Whether the public board offers a unit's intake page (我要提诉求, /submit/<unitId>): workers file their
 * demands with the grassroots unit they work in, where the unit's QR code hangs.
 */
export function offersIntake(unit: Pick<Unit, 'kind'>): boolean {
  return unit.kind === 'grassroots'
}
