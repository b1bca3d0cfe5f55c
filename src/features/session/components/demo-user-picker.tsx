import { useQuery } from '@tanstack/react-query'
import { errorMessage } from '@/api/errors'
import { unitsQuery } from '@/api/units'
import { usersQuery } from '@/api/users'
import { QueryFallback } from '@/components/query-fallback'
import { roles, type User } from '@/domain/model/user'
import { nameLookup } from '@/lib/name-lookup'
import { t } from '@/lib/strings/strings'
import styles from './demo-user-picker.module.css'

type Props = { onPick: (userId: string) => void; pending: boolean; error: Error | null }

/** The demo users as cards, grouped by role; one click signs in. */
export function DemoUserPicker({ onPick, pending, error }: Props) {
  const users = useQuery(usersQuery())
  const units = useQuery(unitsQuery())
  const unitName = nameLookup(units.data?.items, '')

  if (!users.data) return <QueryFallback queries={[users]} />

  const byRole = (role: User['role']) => users.data.items.filter((user) => user.role === role)
  return (
    <div className={styles.picker}>
      {error ? (
        <p role="alert" className={styles.error}>
          {errorMessage(error)}
        </p>
      ) : null}
      {roles.map((role) => {
        const group = byRole(role)
        if (group.length === 0) return null
        return (
          <section key={role} className={styles.group} aria-labelledby={`role-${role}`}>
            <h2 id={`role-${role}`} className={styles.role}>
              {t.role[role]}
            </h2>
            <ul className={styles.cards}>
              {group.map((user) => (
                <li key={user.id}>
                  <button type="button" className={styles.card} disabled={pending} onClick={() => onPick(user.id)}>
                    <span className={styles.avatar} aria-hidden="true">
                      {user.name.slice(0, 1)}
                    </span>
                    <span className={styles.text}>
                      <span className={styles.name}>{user.name}</span>
                      {user.title ? <span className={styles.title}>{user.title}</span> : null}
                      {user.unitId && unitName(user.unitId) ? (
                        <span className={styles.unit}>{unitName(user.unitId)}</span>
                      ) : null}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )
      })}
    </div>
  )
}
