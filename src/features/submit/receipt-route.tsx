import { useQuery } from '@tanstack/react-query'
import { useId, useState, type FormEvent } from 'react'
import { Link, useSearchParams } from 'react-router-dom'
import { ApiError, errorMessage } from '@/api/errors'
import { receiptQuery } from '@/api/public-demands'
import { unitsQuery } from '@/api/units'
import { DemandStatusBadge } from '@/components/demand-status-badge'
import { PageHeader } from '@/components/page-header'
import { StatusBadge } from '@/components/status-badge'
import type { Receipt } from '@/domain/model/public-demand'
import { formatInstant } from '@/lib/format'
import { tp } from '@/lib/strings/page-strings'
import styles from './receipt-route.module.css'

/** 回执查询: a worker looks their demand up by receipt number, without signing in. */
export function ReceiptRoute() {
  const [params, setParams] = useSearchParams()
  const number = params.get('no')?.trim().toUpperCase() ?? ''
  const [typed, setTyped] = useState(number)
  const [missing, setMissing] = useState(false)
  const receipt = useQuery({ ...receiptQuery(number), enabled: number !== '', retry: false })
  const id = useId()

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const next = typed.trim().toUpperCase()
    setMissing(next === '')
    if (next) setParams({ no: next })
  }

  return (
    <div className={styles.page}>
      <PageHeader title={tp.receipt.title} description={tp.receipt.intro} />
      <form className={styles.form} role="search" aria-label={tp.receipt.title} onSubmit={submit} noValidate>
        <label htmlFor={id}>{tp.receipt.number}</label>
        <div className={styles.row}>
          <input
            id={id}
            value={typed}
            inputMode="text"
            autoCapitalize="characters"
            autoComplete="off"
            maxLength={64}
            placeholder={tp.receipt.numberHint}
            onChange={(event) => setTyped(event.target.value)}
            aria-invalid={missing ? true : undefined}
            aria-describedby={missing ? `${id}-error` : undefined}
          />
          <button type="submit">{receipt.isFetching ? tp.receipt.searching : tp.receipt.search}</button>
        </div>
        {missing ? (
          <p id={`${id}-error`} className={styles.fieldError}>
            {tp.receipt.numberRequired}
          </p>
        ) : null}
      </form>
      {receipt.error ? (
        <p role="alert" className={styles.error}>
          {receipt.error instanceof ApiError ? receipt.error.message : errorMessage(receipt.error)}
        </p>
      ) : null}
      {receipt.data ? <ReceiptCard receipt={receipt.data} /> : null}
    </div>
  )
}

function ReceiptCard({ receipt }: { receipt: Receipt }) {
  const units = useQuery(unitsQuery())
  const unit = units.data?.items.find((entry) => entry.id === receipt.unitId)
  const headingId = useId()
  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {tp.receipt.resultHeading(receipt.receipt)}
      </h2>
      <DemandStatusBadge status={receipt.status} size="large" as="p">
        {tp.receipt.statusText[receipt.status]}
      </DemandStatusBadge>
      {receipt.merged ? <p className={styles.note}>{tp.receipt.merged}</p> : null}
      <dl className={styles.facts}>
        <div>
          <dt>{tp.receipt.unit}</dt>
          <dd>{unit?.name ?? receipt.unitId}</dd>
        </div>
        <div>
          <dt>{tp.receipt.submittedAt}</dt>
          <dd>{formatInstant(receipt.submittedAt)}</dd>
        </div>
        {receipt.item ? (
          <>
            <div>
              <dt>{tp.receipt.item}</dt>
              <dd>
                {receipt.item.code} {receipt.item.title}
              </dd>
            </div>
            <div>
              <dt>{tp.receipt.itemStatus}</dt>
              <dd>
                <StatusBadge status={receipt.item.status} /> {tp.receipt.progress} {receipt.item.progress}%
              </dd>
            </div>
          </>
        ) : null}
        <div>
          <dt>{tp.receipt.reply}</dt>
          <dd className={styles.reply}>{receipt.reply ?? tp.receipt.noReply}</dd>
        </div>
        <div>
          <dt>{tp.receipt.updatedAt}</dt>
          <dd>{formatInstant(receipt.updatedAt)}</dd>
        </div>
      </dl>
      <p>
        <Link to={`/submit/${encodeURIComponent(receipt.unitId)}`}>{tp.receipt.submitAnother}</Link>
      </p>
    </section>
  )
}
