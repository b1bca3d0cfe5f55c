import type { User } from '@/domain/model/user'
import { isUnitBound, overseesAllUnits } from '@/domain/roles'
import { t } from '@/lib/strings/strings'

export type NavItem = { to: string; label: string; end?: boolean; offeredTo?: (user: User) => boolean }

// Which pages a user is offered, asked of the domain. The backend still decides what each may do on them.
const items: readonly NavItem[] = [
  { to: '/', label: t.nav.wall, end: true },
  { to: '/items', label: t.nav.ledger },
  { to: '/supervision', label: t.nav.supervision, offeredTo: overseesAllUnits },
  { to: '/my-unit', label: t.nav.myUnit, offeredTo: isUnitBound },
  { to: '/demands', label: t.nav.demands },
  { to: '/report', label: t.nav.report },
  { to: '/public', label: t.nav.publicBoard },
]

export function navItemsFor(user: User): NavItem[] {
  return items.filter((item) => !item.offeredTo || item.offeredTo(user))
}
