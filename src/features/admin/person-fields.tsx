import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { unitsQuery } from '@/api/units'
import { roles, type Role } from '@/domain/model/user'
import { t } from '@/lib/strings/strings'
import { ta } from '@/lib/strings/zh-cn-admin'
import { useFormFields } from './form-fields'

/** A person's details as the admin forms hold them (empty strings for none). */
export type PersonForm = { name: string; role: Role; unitId: string; phone: string; title: string }

type Props = {
  form: PersonForm
  onChange: (change: Partial<PersonForm>) => void
  /** The server's message per field. */
  errors: Partial<Record<string, string>>
  /** Fields of the form's own between the name and the role (the new account's username). */
  afterName?: (fields: ReturnType<typeof useFormFields>) => ReactNode
}

/** 姓名, 角色, 单位, 电话, 职务: shared by 新建账号 and 修改. */
export function PersonFields({ form, onChange, errors, afterName }: Props) {
  const units = useQuery(unitsQuery())
  const helpers = useFormFields(errors)
  const { inputId, field, described } = helpers
  // A secretary answers for one grassroots unit; others may name any unit as their home, or none.
  const fits = (role: Role) => (unit: { kind: string }) => role !== 'secretary' || unit.kind === 'grassroots'
  const unitChoices = (units.data?.items ?? []).filter(fits(form.role))
  const invalid = (name: string) => (errors[name] ? true : undefined)
  return (
    <>
      {field(
        'name',
        ta.create.name,
        <input
          id={inputId('name')}
          value={form.name}
          onChange={(e) => onChange({ name: e.target.value })}
          required
          maxLength={20}
          aria-invalid={invalid('name')}
          aria-describedby={described('name')}
        />,
      )}
      {afterName?.(helpers)}
      {field(
        'role',
        ta.create.role,
        <select
          id={inputId('role')}
          value={form.role}
          onChange={(e) => {
            const role = e.target.value as Role
            const unit = units.data?.items.find((u) => u.id === form.unitId)
            onChange({ role, unitId: unit && fits(role)(unit) ? form.unitId : '' })
          }}
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
          onChange={(e) => onChange({ unitId: e.target.value })}
          aria-invalid={invalid('unitId')}
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
          onChange={(e) => onChange({ phone: e.target.value })}
          aria-invalid={invalid('phone')}
          aria-describedby={described('phone')}
        />,
      )}
      {field(
        'title',
        ta.create.title,
        <input
          id={inputId('title')}
          value={form.title}
          onChange={(e) => onChange({ title: e.target.value })}
          maxLength={40}
        />,
      )}
    </>
  )
}
