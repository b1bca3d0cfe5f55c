import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useId, useState, type FormEvent } from 'react'
import { changePasswordMutation } from '@/api/accounts'
import { ApiError, errorMessage } from '@/api/errors'
import { sessionQuery } from '@/api/session'
import { PageHeader } from '@/components/page-header'
import { passwordProblem } from '@/domain/user-admin'
import { ta } from '@/lib/strings/zh-cn-admin'
import styles from './password-route.module.css'

/**
 * 修改密码: every signed-in user; the only page open while a one-time password must be replaced (the layout
 * sends them here). The domain's strength rule is checked before sending; the backend checks it again.
 */
export function PasswordRoute() {
  const queryClient = useQueryClient()
  const session = useQuery(sessionQuery())
  const change = useMutation(changePasswordMutation(queryClient))
  const [current, setCurrent] = useState('')
  const [next, setNext] = useState('')
  const [repeat, setRepeat] = useState('')
  const [local, setLocal] = useState<Record<string, string>>({})
  const id = useId()
  const server = change.error instanceof ApiError ? change.error.fields : {}
  const errors: Record<string, string | undefined> = { ...server, ...local }
  const mustChange = session.data?.mustChangePassword === true

  function submit(event: FormEvent) {
    event.preventDefault()
    change.reset()
    const problem = passwordProblem(next)
    const found: Record<string, string> = {}
    if (problem) found.newPassword = problem
    else if (next !== repeat) found.repeat = ta.password.mismatch
    setLocal(found)
    if (Object.keys(found).length > 0) return
    change.mutate(
      { currentPassword: current, newPassword: next },
      {
        onSuccess: () => {
          setCurrent('')
          setNext('')
          setRepeat('')
        },
      },
    )
  }

  const input = (name: string, label: string, value: string, onChange: (value: string) => void, auto: string) => (
    <div className={styles.field}>
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input
        id={`${id}-${name}`}
        type="password"
        value={value}
        autoComplete={auto}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `${id}-${name}-error` : undefined}
      />
      {errors[name] ? (
        <span id={`${id}-${name}-error`} className={styles.fieldError}>
          {errors[name]}
        </span>
      ) : null}
    </div>
  )

  return (
    <>
      <PageHeader title={ta.password.title} description={ta.password.description} />
      {mustChange ? (
        <p className={styles.mustChange} role="note">
          {ta.password.mustChange}
        </p>
      ) : null}
      <form className={styles.form} onSubmit={submit} noValidate>
        {input('currentPassword', ta.password.current, current, setCurrent, 'current-password')}
        {input('newPassword', ta.password.next, next, setNext, 'new-password')}
        {input('repeat', ta.password.repeat, repeat, setRepeat, 'new-password')}
        <div>
          <button type="submit" className={styles.submit} disabled={change.isPending}>
            {change.isPending ? ta.password.submitting : ta.password.submit}
          </button>
        </div>
        <p role="status" className={styles.done}>
          {change.isSuccess ? ta.password.done : ''}
        </p>
        {change.isError && Object.keys(server).length === 0 ? (
          <p role="alert" className={styles.fieldError}>
            {errorMessage(change.error)}
          </p>
        ) : null}
      </form>
    </>
  )
}
