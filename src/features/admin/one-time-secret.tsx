import { useEffect, useRef } from 'react'
import { ta } from '@/lib/strings/zh-cn-admin'
import styles from './admin.module.css'

export type Secret = { kind: 'created' | 'reset'; name: string; username: string; password: string }

/** The one-time password, shown once to the admin: focused when it appears, gone when dismissed. */
export function OneTimeSecret({ secret, onDone }: { secret: Secret; onDone: () => void }) {
  const ref = useRef<HTMLElement>(null)
  useEffect(() => ref.current?.focus(), [secret])
  return (
    <section ref={ref} className={styles.secret} tabIndex={-1} aria-labelledby="one-time-secret-title">
      <h2 id="one-time-secret-title" className={styles.cardTitle}>
        {secret.kind === 'created' ? ta.secret.createdTitle(secret.name) : ta.secret.resetTitle(secret.name)}
      </h2>
      <dl className={styles.secretList}>
        <dt>{ta.secret.username}</dt>
        <dd>
          <code>{secret.username}</code>
        </dd>
        <dt>{ta.secret.password}</dt>
        <dd>
          <code className={styles.code}>{secret.password}</code>
        </dd>
      </dl>
      <p className={styles.hint}>{ta.secret.note}</p>
      <button type="button" className={styles.secondary} onClick={onDone}>
        {ta.secret.done}
      </button>
    </section>
  )
}
