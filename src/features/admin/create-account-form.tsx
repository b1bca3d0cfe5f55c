import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useId, useState, type FormEvent } from 'react'
import { createAccountMutation } from '@/api/accounts'
import { ApiError, errorMessage } from '@/api/errors'
import type { Account, NewAccount } from '@/domain/model/account'
import type { Role } from '@/domain/model/user'
import { ta } from '@/lib/strings/zh-cn-admin'
import styles from './admin.module.css'
import { PersonFields } from './person-fields'

type Props = { onCreated: (account: Account, initialPassword: string) => void }

const empty = { name: '', username: '', role: 'secretary' as Role, unitId: '', phone: '', title: '' }

/** 新建账号: name, username, role, unit, phone; the answer's one-time password goes to the page. */
export function CreateAccountForm({ onCreated }: Props) {
  const queryClient = useQueryClient()
  const create = useMutation(createAccountMutation(queryClient))
  const [form, setForm] = useState(empty)
  const fields = create.error instanceof ApiError ? create.error.fields : {}
  const headingId = useId()

  function submit(event: FormEvent) {
    event.preventDefault()
    const body: NewAccount = {
      name: form.name,
      username: form.username,
      role: form.role,
      unitId: form.unitId === '' ? null : form.unitId,
      ...(form.phone.trim() && { phone: form.phone }),
      ...(form.title.trim() && { title: form.title }),
    }
    create.mutate(body, {
      onSuccess: ({ account, initialPassword }) => {
        setForm(empty)
        onCreated(account, initialPassword)
      },
    })
  }

  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.cardTitle}>
        {ta.create.heading}
      </h2>
      <form className={styles.form} onSubmit={submit} noValidate>
        <PersonFields
          form={form}
          onChange={(change) => setForm((current) => ({ ...current, ...change }))}
          errors={fields}
          afterName={({ inputId, field, described }) =>
            field(
              'username',
              ta.create.username,
              <input
                id={inputId('username')}
                value={form.username}
                onChange={(e) => setForm((current) => ({ ...current, username: e.target.value }))}
                required
                autoComplete="off"
                spellCheck={false}
                aria-invalid={fields.username ? true : undefined}
                aria-describedby={described('username', true)}
              />,
              ta.create.usernameHint,
            )
          }
        />
        <div className={styles.formActions}>
          <button type="submit" className={styles.primary} disabled={create.isPending}>
            {create.isPending ? ta.create.submitting : ta.create.submit}
          </button>
          {create.isError ? (
            <p role="alert" className={styles.error}>
              {errorMessage(create.error)}
            </p>
          ) : null}
        </div>
      </form>
    </section>
  )
}
