import { t } from '@/lib/strings/strings'
import styles from './action-form.module.css'

export type FieldSpec = {
  name: string
  label: string
  type: 'text' | 'textarea' | 'number' | 'date' | 'select' | 'radio'
  options?: readonly { value: string; label: string }[]
  min?: string | number
  max?: string | number
  hint?: string
  optional?: boolean
}

type Props = {
  idPrefix: string
  spec: FieldSpec
  value: string
  error: string | undefined
  onChange: (value: string) => void
}

/** A labelled native control with its hint and, when it has one, its error right below it. */
export function FormField({ idPrefix, spec, value, error, onChange }: Props) {
  const id = `${idPrefix}-${spec.name}`
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const describedBy = [spec.hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined
  if (spec.type === 'radio')
    return <RadioGroup id={id} spec={spec} value={value} error={error} describedBy={describedBy} onChange={onChange} />
  const common = {
    id,
    name: spec.name,
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    'aria-required': spec.optional ? undefined : true,
  } as const
  return (
    <div className={styles.field}>
      <label htmlFor={id}>
        {spec.label}
        {spec.optional ? null : <span aria-hidden="true"> *</span>}
      </label>
      {spec.type === 'textarea' ? (
        <textarea {...common} rows={3} onChange={(event) => onChange(event.target.value)} />
      ) : spec.type === 'select' ? (
        <select {...common} onChange={(event) => onChange(event.target.value)}>
          {spec.optional ? <option value="">{t.list.none}</option> : null}
          {(spec.options ?? []).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          type={spec.type}
          inputMode={spec.type === 'number' ? 'numeric' : undefined}
          min={spec.min}
          max={spec.max}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      <FieldNotes id={id} hint={spec.hint} error={error} />
    </div>
  )
}

function FieldNotes({ id, hint, error }: { id: string; hint: string | undefined; error: string | undefined }) {
  return (
    <>
      {hint ? (
        <span id={`${id}-hint`} className={styles.hint}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={`${id}-error`} className={styles.error}>
          {error}
        </span>
      ) : null}
    </>
  )
}

type RadioProps = Omit<Props, 'idPrefix'> & { id: string; describedBy: string | undefined }

/** One choice among a few (e.g. approve or refuse), as a fieldset of native radio buttons. */
function RadioGroup({ id, spec, value, error, describedBy, onChange }: RadioProps) {
  return (
    <fieldset className={`${styles.field} ${styles.radios}`} aria-describedby={describedBy}>
      <legend>
        {spec.label}
        {spec.optional ? null : <span aria-hidden="true"> *</span>}
      </legend>
      {(spec.options ?? []).map((option, index) => (
        <label key={option.value} className={styles.radio}>
          <input
            type="radio"
            id={index === 0 ? id : undefined}
            name={spec.name}
            value={option.value}
            checked={value === option.value}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            required={!spec.optional}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
      <FieldNotes id={id} hint={spec.hint} error={error} />
    </fieldset>
  )
}
