import { dateOf } from '@/domain/dates'
import type { ItemView } from '@/domain/item-query'
import { mockBackend } from '../../../mocks/node'

export const today = () => dateOf(new Date())

/** The first seeded item that fits, found in the mock's tables (the seed is data; tests ask for it). */
export function seededItem(fits: (item: ItemView) => boolean): ItemView {
  const found = mockBackend().db.allViews(today()).find(fits)
  if (!found) throw new Error('no seeded item fits')
  return found
}
