import type { Role } from '@/domain/model/user'
import { t } from '@/lib/strings/strings'

export type NavItem = { to: string; label: string; end?: boolean; roles?: readonly Role[] }

// Which pages a role is offered. The backend still decides what each may do on them.
const items: readonly NavItem[] = [
  { to: '/', label: t.nav.wall, end: true },
  { to: '/items', label: t.nav.ledger },
  { to: '/supervision', label: t.nav.supervision, roles: ['leader', 'supervisor', 'admin'] },
  { to: '/my-unit', label: t.nav.myUnit, roles: ['secretary'] },
  { to: '/demands', label: t.nav.demands },
  { to: '/report', label: t.nav.report },
  { to: '/public', label: t.nav.publicBoard },
]

export function navItemsFor(role: Role): NavItem[] {
  return items.filter((item) => !item.roles || item.roles.includes(role))
}
