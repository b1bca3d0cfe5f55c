import { useId } from 'react'
import type { Unit } from '@/domain/model/unit'
import { unitKinds } from '@/domain/model/unit'
import { formatDate } from '@/lib/format'
import { tp } from '@/lib/strings/page-strings'
import type { BriefingParams } from '../briefing-params'
import styles from './briefing-controls.module.css'

type Props = {
  params: BriefingParams
  onChange: (change: Partial<BriefingParams>) => void
  units: readonly Unit[]
  /** The as-of day in use (today when the address names none). */
  asOf: string | undefined
  /** The last briefing's day in use. */
  since: string | undefined
  defaultSince: string | undefined
  lastMonthEnd: string
  today: string
}

/** The briefing's date, last-briefing date and unit; each change goes to the address at once. */
export function BriefingControls({ params, onChange, units, asOf, since, defaultSince, lastMonthEnd, today }: Props) {
  const asOfId = useId()
  const sinceId = useId()
  const sinceHintId = useId()
  const unitId = useId()
  return (
    <form className={styles.controls} aria-label={tp.report.controls} onSubmit={(event) => event.preventDefault()}>
      <div className={styles.field}>
        <label htmlFor={asOfId}>{tp.report.asOf}</label>
        <input
          id={asOfId}
          type="date"
          max={today}
          value={asOf ?? ''}
          onChange={(event) => onChange({ asOf: event.target.value || undefined })}
        />
      </div>
      <div className={styles.field}>
        <label htmlFor={sinceId}>{tp.report.since}</label>
        <input
          id={sinceId}
          type="date"
          max={asOf}
          value={since ?? ''}
          aria-describedby={defaultSince ? sinceHintId : undefined}
          onChange={(event) =>
            onChange({
              since: event.target.value && event.target.value !== defaultSince ? event.target.value : undefined,
            })
          }
        />
      </div>
      <div className={styles.field}>
        <label htmlFor={unitId}>{tp.report.unit}</label>
        <select
          id={unitId}
          value={params.unit ?? ''}
          onChange={(event) => onChange({ unit: event.target.value || undefined })}
        >
          <option value="">{tp.report.allUnits}</option>
          {unitKinds.map((kind) => (
            <optgroup key={kind} label={tp.report.unitKinds[kind]}>
              {units
                .filter((unit) => unit.kind === kind)
                .map((unit) => (
                  <option key={unit.id} value={unit.id}>
                    {unit.name}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div className={styles.quick}>
        <button
          type="button"
          className={styles.button}
          aria-pressed={params.asOf === lastMonthEnd}
          onClick={() => onChange({ asOf: lastMonthEnd, since: undefined })}
        >
          {tp.report.lastMonthEnd(formatDate(lastMonthEnd))}
        </button>
        <button
          type="button"
          className={styles.button}
          aria-pressed={params.asOf === undefined}
          onClick={() => onChange({ asOf: undefined, since: undefined })}
        >
          {tp.report.today}
        </button>
      </div>
      {defaultSince ? (
        <p id={sinceHintId} className={styles.hint}>
          {tp.report.sinceHint(formatDate(defaultSince))}
        </p>
      ) : null}
    </form>
  )
}
