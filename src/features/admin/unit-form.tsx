import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { ApiError, errorMessage } from '@/api/errors'
import { createUnitMutation, patchUnitMutation } from '@/api/org'
import { unitKinds, type Unit, type UnitKind, type UnitPatch } from '@/domain/model/unit'
import { parentKinds, subtreeIds, unitKindText } from '@/domain/org-tree'
import { to } from '@/lib/strings/zh-cn-org'
import styles from './admin.module.css'
import { useFormFields } from './form-fields'

type Props = {
  units: readonly Unit[]
  /** The unit to change; absent: a new unit under `parentId`. */
  unit?: Unit
  parentId?: string
  onDone: (unit: Unit) => void
  onCancel?: () => void
}

const newKinds = unitKinds.filter((kind) => parentKinds[kind].length > 0)

/** 新增单位 or 调整 one: name, kind (new units only), parent among those that may hold the kind, item target. */
export function UnitForm({ units, unit, parentId, onDone, onCancel }: Props) {
  const queryClient = useQueryClient()
  const create = useMutation(createUnitMutation(queryClient))
  const patch = useMutation(patchUnitMutation(queryClient))
  const mutation = unit ? patch : create
  const [form, setForm] = useState(() => ({
    name: unit?.name ?? '',
    kind: unit?.kind ?? ('grassroots' as UnitKind),
    parentId: unit?.parentId ?? parentId ?? units.find((u) => u.parentId === null)?.id ?? '',
    target: unit?.itemTarget == null ? '' : String(unit.itemTarget),
  }))
  const fields = mutation.error instanceof ApiError ? mutation.error.fields : {}
  const { inputId, field, described } = useFormFields(fields)
  const own = unit ? subtreeIds(units, unit.id) : new Set<string>()
  const parents = units.filter((u) => parentKinds[form.kind].includes(u.kind) && !own.has(u.id))
  const takesTarget = form.kind === 'grassroots'

  function submit(event: FormEvent) {
    event.preventDefault()
    const itemTarget = takesTarget && form.target.trim() !== '' ? Number(form.target) : null
    if (!unit) {
      create.mutate({ name: form.name, kind: form.kind, parentId: form.parentId, itemTarget }, { onSuccess: onDone })
      return
    }
    const change: UnitPatch = {}
    if (form.name !== unit.name) change.name = form.name
    if (form.parentId !== unit.parentId) change.parentId = form.parentId
    if (itemTarget !== (unit.itemTarget ?? null)) change.itemTarget = itemTarget
    patch.mutate({ id: unit.id, patch: change }, { onSuccess: onDone })
  }

  return (
    <form
      className={styles.form}
      onSubmit={submit}
      noValidate
      aria-label={unit ? to.form.editHeading(unit.name) : to.form.newHeading}
    >
      {field(
        'name',
        to.form.name,
        <input
          id={inputId('name')}
          value={form.name}
          onChange={(e) => setForm((f) => ({ ...f, name: e.target.value }))}
          required
          maxLength={30}
          aria-invalid={fields.name ? true : undefined}
          aria-describedby={described('name')}
        />,
      )}
      {unit
        ? null
        : field(
            'kind',
            to.form.kind,
            <select
              id={inputId('kind')}
              value={form.kind}
              onChange={(e) => {
                const kind = e.target.value as UnitKind
                const fits = units.some((u) => u.id === form.parentId && parentKinds[kind].includes(u.kind))
                setForm((f) => ({
                  ...f,
                  kind,
                  parentId: fits ? f.parentId : (units.find((u) => u.parentId === null)?.id ?? ''),
                }))
              }}
            >
              {newKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {unitKindText[kind]}
                </option>
              ))}
            </select>,
          )}
      {unit?.parentId === null
        ? null
        : field(
            'parentId',
            to.form.parent,
            <select
              id={inputId('parentId')}
              value={form.parentId}
              onChange={(e) => setForm((f) => ({ ...f, parentId: e.target.value }))}
              aria-invalid={fields.parentId ? true : undefined}
              aria-describedby={described('parentId')}
            >
              {parents.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>,
          )}
      {takesTarget
        ? field(
            'itemTarget',
            to.form.target,
            <input
              id={inputId('itemTarget')}
              type="number"
              inputMode="numeric"
              min={0}
              max={1000}
              value={form.target}
              onChange={(e) => setForm((f) => ({ ...f, target: e.target.value }))}
              aria-invalid={fields.itemTarget ? true : undefined}
              aria-describedby={described('itemTarget', true)}
            />,
            to.form.targetHint,
          )
        : null}
      <div className={styles.formActions}>
        <button type="submit" className={styles.primary} disabled={mutation.isPending}>
          {unit
            ? patch.isPending
              ? to.form.saving
              : to.form.save
            : create.isPending
              ? to.form.creating
              : to.form.create}
        </button>
        {onCancel ? (
          <button type="button" className={styles.secondary} onClick={onCancel}>
            {to.form.cancel}
          </button>
        ) : null}
        {mutation.isError ? (
          <p role="alert" className={styles.error}>
            {errorMessage(mutation.error)}
          </p>
        ) : null}
      </div>
    </form>
  )
}
