import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router-dom'
import { mockingEnabled } from '@/api/config'
import { errorMessage } from '@/api/errors'
import { unitsQuery } from '@/api/units'
import { usersQuery } from '@/api/users'
import { Disclosure } from '@/components/disclosure'
import type { User } from '@/domain/model/user'
import { useSignIn } from '@/features/session/api/use-sign-in'
import { useSignOut } from '@/features/session/api/use-sign-out'
import { t } from '@/lib/strings/strings'
import { ta } from '@/lib/strings/zh-cn-admin'
import styles from './user-menu.module.css'

/** Who is signed in (name, role, unit), the demo-user switcher when mocking, and sign-out. */
export function UserMenu({ user }: { user: User }) {
  const units = useQuery(unitsQuery())
  const unitName = (unitId: string | null) =>
    unitId === null ? t.session.noUnit : (units.data?.items.find((unit) => unit.id === unitId)?.name ?? '')
  const signOut = useSignOut()

  return (
    <Disclosure
      buttonClassName={styles.button}
      button={
        <>
          <span className={styles.avatar} aria-hidden="true">
            {user.name.slice(0, 1)}
          </span>
          <span className={styles.who}>
            <span className={styles.name}>{user.name}</span> <span className={styles.role}>{t.role[user.role]}</span>
          </span>
          <span className="visually-hidden">{t.session.userMenuSuffix}</span>
          <span className={styles.caret} aria-hidden="true" />
        </>
      }
    >
      {(close) => (
        <div className={styles.panel}>
          <section aria-labelledby="current-user-title">
            <h2 id="current-user-title" className={styles.heading}>
              {t.session.signedInAs}
            </h2>
            <p className={styles.current}>
              <strong>{user.name}</strong>
              {user.title ? <span> · {user.title}</span> : null}
            </p>
            <p className={styles.meta}>
              {t.role[user.role]} · {unitName(user.unitId)}
            </p>
          </section>
          {mockingEnabled ? <UserSwitcher current={user} unitName={unitName} onSwitched={close} /> : null}
          <Link className={styles.passwordLink} to="/account/password" onClick={close}>
            {ta.password.title}
          </Link>
          <button
            type="button"
            className={styles.signOut}
            onClick={() => signOut.mutate()}
            disabled={signOut.isPending}
          >
            {t.session.signOut}
          </button>
        </div>
      )}
    </Disclosure>
  )
}

type SwitcherProps = { current: User; unitName: (unitId: string | null) => string; onSwitched: () => void }

function UserSwitcher({ current, unitName, onSwitched }: SwitcherProps) {
  const users = useQuery(usersQuery())
  const signIn = useSignIn()
  return (
    <section aria-labelledby="switch-user-title" className={styles.switcher}>
      <h2 id="switch-user-title" className={styles.heading}>
        {t.session.switchUser}
      </h2>
      <p className={styles.hint}>{t.session.switchUserHint}</p>
      {signIn.isError ? (
        <p role="alert" className={styles.error}>
          {errorMessage(signIn.error)}
        </p>
      ) : null}
      <ul className={styles.users}>
        {(users.data?.items ?? [])
          .filter((other) => other.id !== current.id)
          .map((other) => (
            <li key={other.id}>
              <button
                type="button"
                className={styles.user}
                disabled={signIn.isPending}
                onClick={() => signIn.mutate({ userId: other.id }, { onSuccess: onSwitched })}
              >
                <span className={styles.userName}>{other.name}</span>
                <span className={styles.meta}>
                  {t.role[other.role]} · {unitName(other.unitId)}
                </span>
              </button>
            </li>
          ))}
      </ul>
    </section>
  )
}
