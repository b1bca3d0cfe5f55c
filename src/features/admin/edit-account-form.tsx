import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { editAccountMutation } from '@/api/accounts'
import { ApiError, errorMessage } from '@/api/errors'
import type { Account, AccountPatch } from '@/domain/model/account'
import { ta } from '@/lib/strings/zh-cn-admin'
import styles from './admin.module.css'
import { PersonFields, type PersonForm } from './person-fields'

type Props = { account: Account; onDone: (account: Account) => void; onCancel: () => void }

/** 修改 a person's details: name, role, unit, phone, title. Only what changed is sent. */
export function EditAccountForm({ account, onDone, onCancel }: Props) {
  const queryClient = useQueryClient()
  const edit = useMutation(editAccountMutation(queryClient))
  const [form, setForm] = useState<PersonForm>({
    name: account.name,
    role: account.role,
    unitId: account.unitId ?? '',
    phone: account.phone ?? '',
    title: account.title ?? '',
  })
  const fields = edit.error instanceof ApiError ? edit.error.fields : {}

  function submit(event: FormEvent) {
    event.preventDefault()
    const patch: AccountPatch = {}
    if (form.name !== account.name) patch.name = form.name
    if (form.role !== account.role) patch.role = form.role
    if ((form.unitId || null) !== account.unitId) patch.unitId = form.unitId || null
    if ((form.phone.trim() || null) !== account.phone) patch.phone = form.phone.trim() || null
    if ((form.title.trim() || undefined) !== account.title) patch.title = form.title.trim() || null
    edit.mutate({ id: account.id, patch }, { onSuccess: onDone })
  }

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label={ta.people.editOf(account.name)}>
      <PersonFields form={form} onChange={(change) => setForm((f) => ({ ...f, ...change }))} errors={fields} />
      <div className={styles.formActions}>
        <button type="submit" className={styles.primary} disabled={edit.isPending}>
          {edit.isPending ? ta.people.saving : ta.people.save}
        </button>
        <button type="button" className={styles.secondary} onClick={onCancel}>
          {ta.people.cancel}
        </button>
        {edit.isError ? (
          <p role="alert" className={styles.error}>
            {errorMessage(edit.error)}
          </p>
        ) : null}
      </div>
    </form>
  )
}
