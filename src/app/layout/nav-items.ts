import type { User } from '@/domain/model/user'
import { isUnitBound, overseesAllUnits } from '@/domain/roles'
import { canAdministerOrg } from '@/domain/org-tree'
import { canAdministerUsers } from '@/domain/user-admin'
import { t } from '@/lib/strings/strings'
import { ta } from '@/lib/strings/zh-cn-admin'
import { to } from '@/lib/strings/zh-cn-org'

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
  { to: '/admin/users', label: ta.nav.people, offeredTo: (user) => canAdministerUsers(user).ok },
  { to: '/admin/units', label: to.nav, offeredTo: (user) => canAdministerOrg(user).ok },
]

/** The pages offered to a user; null (the session could not be checked) offers the pages open to every role. */
export function navItemsFor(user: User | null): NavItem[] {
  return items.filter((item) => !item.offeredTo || (user !== null && item.offeredTo(user)))
}
