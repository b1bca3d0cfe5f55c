import { useId, useState, type FormEvent } from 'react'
import { errorMessage } from '@/api/errors'
import { t } from '@/lib/strings/strings'
import styles from './password-form.module.css'

type Props = { onSubmit: (username: string, password: string) => void; pending: boolean; error: Error | null }

/** Sign-in against a real server. */
export function PasswordForm({ onSubmit, pending, error }: Props) {
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const userId = useId()
  const passwordId = useId()
  const errorId = useId()

  const submit = (event: FormEvent) => {
    event.preventDefault()
    onSubmit(username.trim(), password)
  }

  return (
    <form className={styles.form} onSubmit={submit} aria-describedby={error ? errorId : undefined}>
      {error ? (
        <p id={errorId} role="alert" className={styles.error}>
          {errorMessage(error)}
        </p>
      ) : null}
      <label htmlFor={userId}>{t.session.username}</label>
      <input
        id={userId}
        name="username"
        autoComplete="username"
        required
        value={username}
        onChange={(e) => setUsername(e.target.value)}
      />
      <label htmlFor={passwordId}>{t.session.password}</label>
      <input
        id={passwordId}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <button type="submit" className={styles.submit} disabled={pending}>
        {pending ? t.session.signingIn : t.session.submit}
      </button>
    </form>
  )
}
