import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useId, useState, type FormEvent } from 'react'
import { patchCampaignListMutation } from '@/api/campaign'
import { ApiError, errorMessage } from '@/api/errors'
import { fieldIssues } from '@/domain/issue-fields'
import type { FieldErrors } from '@/domain/item-checks'
import { SatisfactionBarSchema, type CampaignList } from '@/domain/model/campaign'
import { barOf, barText } from '@/domain/satisfaction-bar'
import { listLabel } from '@/lib/name-lookup'
import { tp } from '@/lib/strings/page-strings'
import styles from './satisfaction-bar-panel.module.css'

const tb = tp.barSetting
const barFields = ['minPercent', 'minSurveyed'] as const
type BarField = (typeof barFields)[number]

/**
 * 销号满意度标准: each list's bar (at least N surveyed, at least P % satisfied) for the admin to set. The
 * page shows it only where the domain allows (canSetSatisfactionBar); the server refuses everyone else.
 */
export function SatisfactionBarPanel({ lists }: { lists: readonly CampaignList[] }) {
  const headingId = useId()
  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {tb.heading}
      </h2>
      <p className={styles.intro}>{tb.intro}</p>
      <div className={styles.lists}>
        {lists.map((list) => (
          <BarForm key={list.id} list={list} />
        ))}
      </div>
    </section>
  )
}

const numberOf = (value: string) => (value.trim() === '' ? undefined : Number(value))

/** The 422's fields by the form's names (the server names them `satisfactionBar.minPercent`). */
function serverFields(fields: Readonly<Record<string, string>>): FieldErrors {
  const found: FieldErrors = {}
  for (const [path, message] of Object.entries(fields)) {
    const name = path.split('.').at(-1) ?? '_'
    found[(barFields as readonly string[]).includes(name) ? name : '_'] ??= message
  }
  return found
}

function BarForm({ list }: { list: CampaignList }) {
  const queryClient = useQueryClient()
  const formId = useId()
  const save = useMutation(patchCampaignListMutation(queryClient))
  const bar = barOf(list)
  const [values, setValues] = useState<Record<BarField, string>>({
    minPercent: String(bar.minPercent),
    minSurveyed: String(bar.minSurveyed),
  })
  const [fields, setFields] = useState<FieldErrors>({})
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null)
  const name = listLabel(list)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setOutcome(null)
    const parsed = SatisfactionBarSchema.safeParse({
      minPercent: numberOf(values.minPercent),
      minSurveyed: numberOf(values.minSurveyed),
    })
    if (!parsed.success) {
      setFields(fieldIssues(parsed.error.issues))
      return
    }
    setFields({})
    try {
      await save.mutateAsync({ listId: list.id, satisfactionBar: parsed.data })
      setOutcome({ ok: true, text: tb.saved(name) })
    } catch (error) {
      const found = error instanceof ApiError && error.status === 422 ? serverFields(error.fields) : {}
      setFields(found)
      setOutcome({ ok: false, text: found._ ?? errorMessage(error) })
    }
  }

  const errorId = (field: BarField) => `${formId}-${field}-error`
  const input = (field: BarField, label: string, min: number, max?: number) => (
    <div className={styles.field}>
      <label htmlFor={`${formId}-${field}`}>{label}</label>
      <input
        id={`${formId}-${field}`}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        value={values[field]}
        aria-invalid={fields[field] ? true : undefined}
        aria-describedby={fields[field] ? errorId(field) : undefined}
        onChange={(event) => setValues((current) => ({ ...current, [field]: event.target.value }))}
      />
      {fields[field] ? (
        <span id={errorId(field)} className={styles.error}>
          {fields[field]}
        </span>
      ) : null}
    </div>
  )

  return (
    <form className={styles.form} aria-label={tb.formLabel(name)} noValidate onSubmit={(event) => void submit(event)}>
      <div className={styles.list}>
        <span className={styles.name}>{name}</span>
        <span className={styles.current}>{tb.current(barText(bar))}</span>
      </div>
      {input('minPercent', tb.minPercent, 0, 100)}
      {input('minSurveyed', tb.minSurveyed, 1)}
      <div className={styles.actions}>
        <button type="submit" className={styles.primary} disabled={save.isPending} aria-busy={save.isPending}>
          {save.isPending ? tb.saving : tb.save}
        </button>
        <span className={styles.saved} role="status">
          {outcome?.ok ? outcome.text : null}
        </span>
        {outcome && !outcome.ok ? (
          <span className={styles.failed} role="alert">
            {tb.failed}：{outcome.text}
          </span>
        ) : null}
      </div>
    </form>
  )
}
