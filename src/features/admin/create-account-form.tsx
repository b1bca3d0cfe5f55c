import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { createAccountMutation } from '@/api/accounts'
import { ApiError, errorMessage } from '@/api/errors'
import { unitsQuery } from '@/api/units'
import type { Account, NewAccount } from '@/domain/model/account'
import { roles, type Role } from '@/domain/model/user'
import { t } from '@/lib/strings/strings'
import { ta } from '@/lib/strings/zh-cn-admin'
import styles from './admin.module.css'
import { useFormFields } from './form-fields'

type Props = { onCreated: (account: Account, initialPassword: string) => void }

const empty = { name: '', username: '', role: 'secretary' as Role, unitId: '', phone: '', title: '' }

/** 新建账号: name, username, role, unit, phone; the answer's one-time password goes to the page. */
export function CreateAccountForm({ onCreated }: Props) {
  const queryClient = useQueryClient()
  const units = useQuery(unitsQuery())
  const create = useMutation(createAccountMutation(queryClient))
  const [form, setForm] = useState(empty)
  const fields = create.error instanceof ApiError ? create.error.fields : {}
  const { inputId, field, described } = useFormFields(fields)
  // A secretary answers for one grassroots unit; others may name any unit as their home, or none.
  const unitChoices = (units.data?.items ?? []).filter(
    (unit) => form.role !== 'secretary' || unit.kind === 'grassroots',
  )

  const set = (name: keyof typeof empty) => (value: string) => setForm((current) => ({ ...current, [name]: value }))

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
    <section className={styles.card} aria-labelledby={inputId('heading')}>
      <h2 id={inputId('heading')} className={styles.cardTitle}>
        {ta.create.heading}
      </h2>
      <form className={styles.form} onSubmit={submit} noValidate>
        {field(
          'name',
          ta.create.name,
          <input
            id={inputId('name')}
            value={form.name}
            onChange={(e) => set('name')(e.target.value)}
            required
            maxLength={20}
            aria-invalid={fields.name ? true : undefined}
            aria-describedby={described('name')}
          />,
        )}
        {field(
          'username',
          ta.create.username,
          <input
            id={inputId('username')}
            value={form.username}
            onChange={(e) => set('username')(e.target.value)}
            required
            autoComplete="off"
            spellCheck={false}
            aria-invalid={fields.username ? true : undefined}
            aria-describedby={described('username', true)}
          />,
          ta.create.usernameHint,
        )}
        {field(
          'role',
          ta.create.role,
          <select
            id={inputId('role')}
            value={form.role}
            onChange={(e) => setForm((current) => ({ ...current, role: e.target.value as Role, unitId: '' }))}
          >
            {roles.map((role) => (
              <option key={role} value={role}>
                {t.role[role]}
              </option>
            ))}
          </select>,
        )}
        {field(
          'unitId',
          ta.create.unit,
          <select
            id={inputId('unitId')}
            value={form.unitId}
            onChange={(e) => set('unitId')(e.target.value)}
            aria-invalid={fields.unitId ? true : undefined}
            aria-describedby={described('unitId', true)}
          >
            <option value="">{ta.create.unitNone}</option>
            {unitChoices.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
              </option>
            ))}
          </select>,
          ta.create.unitHint,
        )}
        {field(
          'phone',
          ta.create.phone,
          <input
            id={inputId('phone')}
            type="tel"
            value={form.phone}
            onChange={(e) => set('phone')(e.target.value)}
            aria-invalid={fields.phone ? true : undefined}
            aria-describedby={described('phone')}
          />,
        )}
        {field(
          'title',
          ta.create.title,
          <input
            id={inputId('title')}
            value={form.title}
            onChange={(e) => set('title')(e.target.value)}
            maxLength={40}
          />,
        )}
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
