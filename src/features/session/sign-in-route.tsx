import { useEffect, useRef } from 'react'
import { useNavigate, useSearchParams } from 'react-router-dom'
import { mockingEnabled } from '@/api/config'
import { PageHeader } from '@/components/page-header'
import type { SignIn } from '@/domain/model/user'
import { safeNextPath } from '@/lib/next-path'
import { t } from '@/lib/strings/strings'
import { useSignIn } from './api/use-sign-in'
import { DemoUserPicker } from './components/demo-user-picker'
import { PasswordForm } from './components/password-form'
import styles from './sign-in-route.module.css'

/**
 * With the mock: one click on a demo user signs in. Against a real server: username and password.
 * On either, `?as=<userId>` signs in straight away (demos, screenshots, the browser suite) when the
 * backend accepts demo sign-in; a production server refuses it and the form shows why.
 */
export function SignInRoute() {
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const { mutate, isPending, error } = useSignIn()
  const next = safeNextPath(params.get('next'))
  const as = params.get('as')
  const startedAs = useRef<string | null>(null)

  const enter = (body: SignIn) => mutate(body, { onSuccess: () => void navigate(next, { replace: true }) })

  useEffect(() => {
    if (!as || startedAs.current === as) return
    startedAs.current = as
    mutate({ userId: as }, { onSuccess: () => void navigate(next, { replace: true }) })
  }, [as, next, navigate, mutate])

  return (
    <div className={styles.page}>
      <PageHeader
        title={t.session.signInTitle}
        description={mockingEnabled ? t.session.signInIntro : t.session.signInPasswordIntro}
      />
      {mockingEnabled ? (
        <DemoUserPicker onPick={(userId) => enter({ userId })} pending={isPending} error={error} />
      ) : (
        <PasswordForm
          onSubmit={(username, password) => enter({ username, password })}
          pending={isPending}
          error={error}
        />
      )}
    </div>
  )
}
