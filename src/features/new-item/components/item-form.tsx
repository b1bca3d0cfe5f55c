import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useMemo, useRef, useState, type FormEvent } from 'react'
import { Link, useNavigate } from 'react-router-dom'
import { ApiError, errorMessage } from '@/api/errors'
import { createItem, itemKeys, itemsQuery } from '@/api/items'
import { demandKeys } from '@/api/demands'
import { statsKeys } from '@/api/stats'
import type { FieldErrors } from '@/domain/item-checks'
import { creationChoices, creationUnits, type CreationChoices } from '@/domain/item-creation'
import { reviewItemDraft, type DraftInput } from '@/domain/item-draft-review'
import type { Campaign } from '@/domain/model/campaign'
import type { ItemDraft } from '@/domain/model/item'
import { textLimits } from '@/domain/model/text-limits'
import type { Unit } from '@/domain/model/unit'
import type { User } from '@/domain/model/user'
import { isUnitBound } from '@/domain/roles'
import { listLabel } from '@/lib/name-lookup'
import { tp } from '@/lib/strings/page-strings'
import { clearDraft, readDraft, writeDraft } from '../draft-storage'
import { prefilledDraft } from '../prefill'
import { DemandPicker } from './demand-picker'
import { Field } from './field'
import styles from './item-form.module.css'

type Props = {
  user: User
  campaign: Campaign
  units: readonly Unit[]
  params: URLSearchParams
  source: string
  today: string
}

const fieldOrder = [
  'listId',
  'unitId',
  'title',
  'content',
  'beneficiaries',
  'category',
  'owner',
  'leadLeader',
  'deadline',
  'demandIds',
] as const

function initialState(props: Props, choices: CreationChoices): { values: DraftInput; restored: boolean } {
  const stored = readDraft(props.user.id)
  if (stored && (stored.source === props.source || props.source === ''))
    return { values: stored.values, restored: true }
  return { values: prefilledDraft(props.params, props.user, choices), restored: false }
}

/** The new-item form: reviewed by the domain as the backend will, kept as a draft while typing. */
export function ItemForm(props: Props) {
  const { user, campaign, units, params, source, today } = props
  // What this user may create in, asked of the domain (the same rules as the backend's).
  const choices = useMemo(
    () => creationChoices(user, campaign, units, params.get('list')),
    [user, campaign, units, params],
  )
  const [initial] = useState(() => initialState(props, choices))
  const [values, setValues] = useState<DraftInput>(initial.values)
  const [restored, setRestored] = useState(initial.restored)
  const [submitted, setSubmitted] = useState(false)
  const [serverErrors, setServerErrors] = useState<FieldErrors>({})
  const [failure, setFailure] = useState<string | null>(null)
  const formRef = useRef<HTMLFormElement>(null)
  const queryClient = useQueryClient()
  const navigate = useNavigate()

  const unitItems = useQuery({ ...itemsQuery({ unit: [values.unitId], pageSize: 500 }), enabled: values.unitId !== '' })
  const existingTitles = (unitItems.data?.items ?? []).map((item) => item.title)
  const review = reviewItemDraft(values, { today, campaign, units, user, existingTitles })
  const errors: FieldErrors = submitted ? { ...serverErrors, ...review.errors } : serverErrors

  const create = useMutation({
    mutationFn: (draft: ItemDraft) => createItem(draft),
    onSuccess: async (item) => {
      clearDraft(user.id)
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: itemKeys.all }),
        queryClient.invalidateQueries({ queryKey: statsKeys.all }),
        queryClient.invalidateQueries({ queryKey: demandKeys.all }),
      ])
      await navigate(`/items/${encodeURIComponent(item.id)}`, { state: { notice: tp.newItem.created(item.code) } })
    },
    onError: (error) => {
      setFailure(`${tp.newItem.saveFailed}：${errorMessage(error)}`)
      if (error instanceof ApiError && error.status === 422) setServerErrors(error.fields)
    },
  })

  function change<K extends keyof DraftInput>(field: K, value: DraftInput[K]) {
    const next = { ...values, [field]: value }
    if (field === 'listId' || field === 'unitId') next.demandIds = field === 'unitId' ? [] : next.demandIds
    setValues(next)
    setServerErrors(({ [field]: _gone, ...rest }) => rest)
    writeDraft(user.id, { source, values: next })
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    setSubmitted(true)
    setFailure(null)
    if (!review.draft) {
      const first = fieldOrder.find((field) => review.errors[field])
      if (first) formRef.current?.querySelector<HTMLElement>(`#${first}`)?.focus()
      return
    }
    create.mutate(review.draft)
  }

  function discard() {
    clearDraft(user.id)
    setValues(prefilledDraft(params, user, choices))
    setRestored(false)
    setSubmitted(false)
    setServerErrors({})
  }

  const listChoices = choices.lists.map((choice) => choice.list)
  const unitChoices = creationUnits(choices, values.listId)
  const unitOptions = unitChoices.some((unit) => unit.id === values.unitId)
    ? unitChoices
    : [...unitChoices, ...units.filter((unit) => unit.id === values.unitId)]
  const errorCount = Object.keys(errors).length
  const text = (field: 'title' | 'content' | 'beneficiaries' | 'owner' | 'leadLeader' | 'deadline') => ({
    value: values[field],
    onChange: (event: { target: { value: string } }) => change(field, event.target.value),
  })

  return (
    <form ref={formRef} className={styles.form} onSubmit={submit} noValidate aria-describedby="draft-note">
      {restored ? (
        <div className={styles.restored} role="status">
          <span>{tp.newItem.restored}</span>
          <button type="button" className={styles.secondary} onClick={discard}>
            {tp.newItem.discardDraft}
          </button>
        </div>
      ) : null}
      {failure ? (
        <p className={styles.failure} role="alert">
          {failure}
        </p>
      ) : submitted && errorCount > 0 ? (
        <p className={styles.failure} role="alert">
          {tp.newItem.fixErrors(errorCount)}
        </p>
      ) : null}

      <div className={styles.row}>
        <Field id="listId" label={tp.newItem.list} required error={errors.listId}>
          {(control) => (
            <select
              {...control}
              value={values.listId}
              onChange={(event) => change('listId', event.target.value)}
              disabled={listChoices.length < 2}
            >
              {listChoices.map((entry) => (
                <option key={entry.id} value={entry.id}>
                  {listLabel(entry)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="unitId" label={tp.newItem.unit} required error={errors.unitId}>
          {(control) => (
            <select
              {...control}
              value={values.unitId}
              onChange={(event) => change('unitId', event.target.value)}
              disabled={isUnitBound(user) && unitOptions.length < 2}
            >
              {values.unitId === '' ? <option value="" /> : null}
              {unitOptions.map((unit) => (
                <option key={unit.id} value={unit.id}>
                  {unit.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>

      <Field
        id="title"
        label={tp.newItem.itemTitle}
        required
        hint={tp.newItem.titleHint}
        error={errors.title}
        warning={review.warnings.title}
      >
        {(control) => <input {...control} {...text('title')} maxLength={textLimits.itemTitle.max} autoComplete="off" />}
      </Field>
      <Field id="content" label={tp.newItem.content} required hint={tp.newItem.contentHint} error={errors.content}>
        {(control) => <textarea {...control} {...text('content')} rows={4} maxLength={textLimits.itemContent} />}
      </Field>
      <div className={styles.row}>
        <Field
          id="beneficiaries"
          label={tp.newItem.beneficiaries}
          required
          hint={tp.newItem.beneficiariesHint}
          error={errors.beneficiaries}
        >
          {(control) => <input {...control} {...text('beneficiaries')} maxLength={textLimits.beneficiaries} />}
        </Field>
        <Field id="category" label={tp.newItem.category} required error={errors.category}>
          {(control) => (
            <select {...control} value={values.category} onChange={(event) => change('category', event.target.value)}>
              <option value="">{tp.newItem.chooseCategory}</option>
              {campaign.categories.map((category) => (
                <option key={category.id} value={category.id}>
                  {category.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className={styles.row}>
        <Field id="owner" label={tp.newItem.owner} required error={errors.owner}>
          {(control) => <input {...control} {...text('owner')} maxLength={textLimits.personName} autoComplete="name" />}
        </Field>
        <Field id="leadLeader" label={tp.newItem.leadLeader} error={errors.leadLeader}>
          {(control) => <input {...control} {...text('leadLeader')} maxLength={textLimits.personName} />}
        </Field>
        <Field
          id="deadline"
          label={tp.newItem.deadline}
          required
          hint={tp.newItem.deadlineHint(campaign.endDate)}
          error={errors.deadline}
        >
          {(control) => <input {...control} {...text('deadline')} type="date" min={today} max={campaign.endDate} />}
        </Field>
      </div>

      {values.unitId !== '' ? (
        <DemandPicker
          unitId={values.unitId}
          selected={values.demandIds}
          onChange={(ids) => change('demandIds', ids)}
          error={errors.demandIds}
        />
      ) : null}

      <p id="draft-note" className={styles.hint}>
        {tp.newItem.draftKept}
      </p>
      <div className={styles.actions}>
        <button type="submit" className={styles.primary} disabled={create.isPending} aria-busy={create.isPending}>
          {create.isPending ? tp.newItem.saving : tp.newItem.save}
        </button>
        {isUnitBound(user) ? (
          <Link to="/my-unit" className={styles.secondary}>
            {tp.newItem.cancel}
          </Link>
        ) : null}
      </div>
    </form>
  )
}
