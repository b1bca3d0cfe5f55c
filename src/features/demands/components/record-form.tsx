import { useId, useState, type FormEvent } from 'react'
import { ApiError, errorMessage } from '@/api/errors'
import { fieldIssues } from '@/domain/issue-fields'
import { demandChannels, DemandDraftSchema, type DemandChannel } from '@/domain/model/demand'
import type { Unit } from '@/domain/model/unit'
import { tp } from '@/lib/strings/page-strings'
import { useRecordDemand } from '../use-triage'
import styles from './triage-panel.module.css'

type Fields = Partial<Record<'text' | 'unitId' | 'submitterName' | 'submitterPhone', string>>

/** 登记诉求: a demand heard at a symposium, on a reception day, in a diary … recorded by staff. */
export function RecordForm({ units, onClose }: { units: readonly Unit[]; onClose: () => void }) {
  const id = useId()
  const record = useRecordDemand()
  const [channel, setChannel] = useState<DemandChannel>('symposium')
  const [unitId, setUnitId] = useState(units[0]?.id ?? '')
  const [text, setText] = useState('')
  const [anonymous, setAnonymous] = useState(false)
  const [name, setName] = useState('')
  const [phone, setPhone] = useState('')
  const [fields, setFields] = useState<Fields>({})
  const shown: Fields = { ...(record.error instanceof ApiError ? record.error.fields : {}), ...fields }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const parsed = DemandDraftSchema.safeParse({
      channel,
      unitId,
      text,
      anonymous,
      submitterName: anonymous || !name.trim() ? null : name,
      submitterPhone: anonymous || !phone.trim() ? null : phone,
    })
    if (!parsed.success) {
      setFields(fieldIssues(parsed.error.issues))
      return
    }
    setFields({})
    record.mutate(parsed.data, {
      onSuccess: () => {
        setText('')
        setName('')
        setPhone('')
      },
    })
  }

  const error = (key: keyof Fields) =>
    shown[key] ? (
      <p id={`${id}-${key}-error`} className={styles.fieldError}>
        {shown[key]}
      </p>
    ) : null
  const invalid = (key: keyof Fields) =>
    shown[key] ? { 'aria-invalid': true, 'aria-describedby': `${id}-${key}-error` } : {}

  return (
    <section className={styles.panel} aria-labelledby={`${id}-heading`}>
      <div className={styles.top}>
        <h2 id={`${id}-heading`} className={styles.heading}>
          {tp.demands.recordHeading}
        </h2>
        <button type="button" className={styles.close} onClick={onClose}>
          {tp.demands.recordCancel}
        </button>
      </div>
      <form className={styles.form} noValidate onSubmit={submit}>
        {record.data ? (
          <p role="status" className={styles.saved}>
            {tp.demands.recordDone(record.data.receipt)}
          </p>
        ) : null}
        {record.error && Object.keys(shown).length === 0 ? (
          <p role="alert" className={styles.error}>
            {errorMessage(record.error)}
          </p>
        ) : null}
        <label htmlFor={`${id}-channel`}>{tp.demands.channel}</label>
        <select
          id={`${id}-channel`}
          value={channel}
          onChange={(event) => setChannel(event.target.value as DemandChannel)}
        >
          {demandChannels.map((entry) => (
            <option key={entry} value={entry}>
              {tp.channel[entry]}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-unit`}>{tp.demands.unit}</label>
        <select
          id={`${id}-unit`}
          value={unitId}
          onChange={(event) => setUnitId(event.target.value)}
          {...invalid('unitId')}
        >
          {units.map((unit) => (
            <option key={unit.id} value={unit.id}>
              {unit.name}
            </option>
          ))}
        </select>
        {error('unitId')}
        <label htmlFor={`${id}-text`}>{tp.demands.text}</label>
        <textarea
          id={`${id}-text`}
          rows={4}
          value={text}
          onChange={(event) => setText(event.target.value)}
          {...invalid('text')}
        />
        {error('text')}
        <label className={styles.choice}>
          <input type="checkbox" checked={anonymous} onChange={(event) => setAnonymous(event.target.checked)} />
          {tp.demands.anonymous}
        </label>
        {anonymous ? null : (
          <>
            <label htmlFor={`${id}-name`}>{tp.demands.submitterName}</label>
            <input
              id={`${id}-name`}
              value={name}
              onChange={(event) => setName(event.target.value)}
              {...invalid('submitterName')}
            />
            {error('submitterName')}
            <label htmlFor={`${id}-phone`}>{tp.demands.submitterPhone}</label>
            <input
              id={`${id}-phone`}
              type="tel"
              value={phone}
              onChange={(event) => setPhone(event.target.value)}
              {...invalid('submitterPhone')}
            />
            {error('submitterPhone')}
          </>
        )}
        <button type="submit" className={styles.primary} disabled={record.isPending}>
          {tp.demands.recordSubmit}
        </button>
      </form>
    </section>
  )
}
