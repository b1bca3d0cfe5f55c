import { useId } from 'react'
import { tp } from '@/lib/strings/page-strings'
import { t } from '@/lib/strings/strings'
import styles from './ledger-filters.module.css'

type Option = { value: string; label: string }
type Props = {
  label: string
  /** The filter's values (a comma list in the address); empty means any. */
  value: readonly string[] | undefined
  /** Undefined while the choices are loading: the control is there, disabled, so nothing moves when they come. */
  options: readonly Option[] | undefined
  onChange: (values: string[] | undefined) => void
}

/**
 * One native select per filter. A drill-down from the wall may bring several values (status=done,closed):
 * that combination is kept as an option of its own so the select never hides what is applied.
 */
export function ChoiceFilter({ label, value, options, onChange }: Props) {
  const id = useId()
  const current = value?.join(',') ?? ''
  const known = current === '' || options?.some((option) => option.value === current)
  const names = (value ?? [])
    .map((entry) => options?.find((option) => option.value === entry)?.label ?? entry)
    .join('、')
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={current}
        disabled={!options}
        onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value.split(','))}
      >
        <option value="">{tp.ledger.any}</option>
        {known ? null : <option value={current}>{options ? tp.ledger.several(names) : t.states.loading}</option>}
        {options?.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}

type BooleanProps = {
  label: string
  value: boolean | undefined
  yes: string
  no: string
  onChange: (value: boolean | undefined) => void
}

/** A yes / no / any filter (key, overdue). */
export function BooleanFilter({ label, value, yes, no, onChange }: BooleanProps) {
  const id = useId()
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value === undefined ? '' : String(value)}
        onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value === 'true')}
      >
        <option value="">{tp.ledger.any}</option>
        <option value="true">{yes}</option>
        <option value="false">{no}</option>
      </select>
    </div>
  )
}
