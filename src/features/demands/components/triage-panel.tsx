import { useQuery } from '@tanstack/react-query'
import { useEffect, useId, useRef, useState } from 'react'
import { Link } from 'react-router-dom'
import { campaignQuery } from '@/api/campaign'
import { demandsQuery } from '@/api/demands'
import { ApiError, errorMessage } from '@/api/errors'
import { itemsQuery } from '@/api/items'
import { StatusBadge } from '@/components/status-badge'
import { itemTitleFrom } from '@/domain/demand-loop'
import { creationChoices, creationListsFor } from '@/domain/item-creation'
import type { Demand, DemandPatch } from '@/domain/model/demand'
import { textLimits } from '@/domain/model/text-limits'
import type { Unit } from '@/domain/model/unit'
import type { User } from '@/domain/model/user'
import { canTriageDemand } from '@/domain/permissions'
import { formatInstant } from '@/lib/format'
import { tp } from '@/lib/strings/page-strings'
import { useTriage } from '../use-triage'
import styles from './triage-panel.module.css'
import { DemandStatusBadge } from '@/components/demand-status-badge'

type Action = 'adoptNew' | 'link' | 'merge' | 'reject' | 'reply'
const actions: readonly Action[] = ['adoptNew', 'link', 'merge', 'reject', 'reply']
const actionText: Record<Action, string> = {
  adoptNew: tp.demands.actionAdoptNew,
  link: tp.demands.actionLink,
  merge: tp.demands.actionMerge,
  reject: tp.demands.actionReject,
  reply: tp.demands.actionReply,
}

type Props = {
  demand: Demand
  user: User
  units: readonly Unit[]
  onChange: (demand: Demand) => void
  onClose: () => void
}

/** One demand, and what the user may do with it: adopt into a new item, link, merge, reject or answer. */
export function TriagePanel({ demand, user, units, onChange, onClose }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null)
  const headingId = useId()
  const [action, setAction] = useState<Action>('adoptNew')
  const triage = useTriage(demand.id)
  const allowed = canTriageDemand(user, demand).ok
  const unit = units.find((entry) => entry.id === demand.unitId)

  useEffect(() => headingRef.current?.focus(), [demand.id])

  const save = (patch: DemandPatch) => triage.mutate(patch, { onSuccess: onChange })

  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <div className={styles.top}>
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className={styles.heading}>
          {tp.demands.triageHeading(demand.receipt)}
        </h2>
        <button type="button" className={styles.close} onClick={onClose}>
          {tp.demands.triageClose}
        </button>
      </div>
      <p className={styles.text}>{demand.text}</p>
      <dl className={styles.facts}>
        <div>
          <dt>{tp.demands.status}</dt>
          <dd>
            <DemandStatusBadge status={demand.status} />
          </dd>
        </div>
        <div>
          <dt>{tp.demands.channel}</dt>
          <dd>{tp.channel[demand.channel]}</dd>
        </div>
        <div>
          <dt>{tp.demands.unit}</dt>
          <dd>{unit?.name ?? demand.unitId}</dd>
        </div>
        <div>
          <dt>{tp.demands.submittedAt}</dt>
          <dd>{formatInstant(demand.submittedAt)}</dd>
        </div>
        <div>
          <dt>{tp.demands.submitter}</dt>
          <dd>
            {demand.anonymous
              ? tp.demands.anonymousSubmitter
              : [demand.submitterName, demand.submitterPhone].filter(Boolean).join(' · ') || '—'}
          </dd>
        </div>
        <div>
          <dt>{tp.demands.item}</dt>
          <dd>
            {demand.item ? (
              <>
                <Link to={`/items/${demand.item.id}`}>{tp.demands.itemLink(demand.item.code, demand.item.title)}</Link>{' '}
                <StatusBadge status={demand.item.status} />
              </>
            ) : (
              tp.demands.noItem
            )}
          </dd>
        </div>
        {demand.reply ? (
          <div className={styles.wide}>
            <dt>{tp.demands.currentReply}</dt>
            <dd>{demand.reply}</dd>
          </div>
        ) : null}
      </dl>

      {triage.isSuccess ? (
        <p role="status" className={styles.saved}>
          {tp.demands.saved}
        </p>
      ) : null}

      {!allowed ? (
        <p className={styles.note}>{tp.demands.triageReadOnly}</p>
      ) : (
        <>
          <fieldset className={styles.actions}>
            <legend>{tp.demands.actions}</legend>
            {actions.map((entry) => (
              <label key={entry} className={styles.choice}>
                <input
                  type="radio"
                  name={`${headingId}-action`}
                  value={entry}
                  checked={action === entry}
                  onChange={() => setAction(entry)}
                />
                {actionText[entry]}
              </label>
            ))}
          </fieldset>
          {triage.error && Object.keys(triage.error instanceof ApiError ? triage.error.fields : {}).length === 0 ? (
            <p role="alert" className={styles.error}>
              {errorMessage(triage.error)}
            </p>
          ) : null}
          {action === 'adoptNew' ? <AdoptNew demand={demand} user={user} unit={unit} /> : null}
          {action === 'link' ? (
            <LinkItem
              demand={demand}
              pending={triage.isPending}
              onPick={(itemId) => save({ status: 'adopted', itemId })}
            />
          ) : null}
          {action === 'merge' ? (
            <MergeInto
              demand={demand}
              pending={triage.isPending}
              onPick={(mergedInto) => save({ status: 'merged', mergedInto })}
            />
          ) : null}
          {action === 'reject' || action === 'reply' ? (
            <ReplyForm
              key={action}
              label={action === 'reject' ? tp.demands.rejectReason : tp.demands.replyText}
              submit={action === 'reject' ? tp.demands.rejectSubmit : tp.demands.replySubmit}
              fieldError={triage.error instanceof ApiError ? triage.error.fields.reply : undefined}
              pending={triage.isPending}
              onSubmit={(reply) => save({ status: action === 'reject' ? 'rejected' : 'answered', reply })}
            />
          ) : null}
        </>
      )}
    </section>
  )
}

function AdoptNew({ demand, user, unit }: { demand: Demand; user: User; unit: Unit | undefined }) {
  const campaign = useQuery(campaignQuery())
  const id = useId()
  const lists = campaign.data && unit ? creationListsFor(creationChoices(user, campaign.data, [unit]), unit.id) : []
  const [listId, setListId] = useState('')
  const chosen = lists.find((list) => list.id === listId) ?? lists[0]
  if (!campaign.data) return null
  if (!chosen || !unit) return <p className={styles.note}>{tp.demands.noListForUnit}</p>
  const search = new URLSearchParams({
    unit: unit.id,
    list: chosen.id,
    demands: demand.id,
    title: itemTitleFrom(demand.text),
  })
  return (
    <div className={styles.form}>
      <p className={styles.hint}>{tp.demands.adoptNewHint}</p>
      <label htmlFor={id}>{tp.demands.adoptList}</label>
      <select id={id} value={chosen.id} onChange={(event) => setListId(event.target.value)}>
        {lists.map((list) => (
          <option key={list.id} value={list.id}>
            {list.name}
          </option>
        ))}
      </select>
      <Link className={styles.primaryLink} to={`/items/new?${search.toString()}`}>
        {tp.demands.adoptGo}
      </Link>
    </div>
  )
}

function LinkItem({ demand, pending, onPick }: { demand: Demand; pending: boolean; onPick: (itemId: string) => void }) {
  const [q, setQ] = useState('')
  const id = useId()
  const needle = q.trim()
  const items = useQuery({ ...itemsQuery({ q: needle, pageSize: 8 }), enabled: needle.length > 0 })
  return (
    <div className={styles.form}>
      <label htmlFor={id}>{tp.demands.itemSearch}</label>
      <input id={id} type="search" value={q} onChange={(event) => setQ(event.target.value)} />
      {needle && items.data ? (
        items.data.items.length === 0 ? (
          <p className={styles.note}>{tp.demands.itemNone}</p>
        ) : (
          <ul className={styles.picks} aria-label={tp.demands.itemResults}>
            {items.data.items.map((item) => (
              <li key={item.id}>
                <span>
                  {item.code} {item.title} <StatusBadge status={item.status} />
                </span>
                <button type="button" disabled={pending || item.id === demand.itemId} onClick={() => onPick(item.id)}>
                  {tp.demands.linkTo(item.code)}
                </button>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </div>
  )
}

function MergeInto({
  demand,
  pending,
  onPick,
}: {
  demand: Demand
  pending: boolean
  onPick: (demandId: string) => void
}) {
  const [q, setQ] = useState('')
  const id = useId()
  const candidates = useQuery(demandsQuery({ unit: demand.unitId, ...(q.trim() ? { q: q.trim() } : {}), pageSize: 9 }))
  const others = (candidates.data?.items ?? [])
    .filter((other) => other.id !== demand.id && other.status !== 'merged')
    .slice(0, 8)
  return (
    <div className={styles.form}>
      <label htmlFor={id}>{tp.demands.demandSearch}</label>
      <input id={id} type="search" value={q} onChange={(event) => setQ(event.target.value)} />
      {candidates.data ? (
        others.length === 0 ? (
          <p className={styles.note}>{tp.demands.demandNone}</p>
        ) : (
          <ul className={styles.picks} aria-label={tp.demands.demandResults}>
            {others.map((other) => (
              <li key={other.id}>
                <span>
                  {other.receipt} {other.text}
                </span>
                <button type="button" disabled={pending} onClick={() => onPick(other.id)}>
                  {tp.demands.mergeTo(other.receipt)}
                </button>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </div>
  )
}

type ReplyProps = {
  label: string
  submit: string
  fieldError: string | undefined
  pending: boolean
  onSubmit: (reply: string) => void
}

function ReplyForm({ label, submit, fieldError, pending, onSubmit }: ReplyProps) {
  const [text, setText] = useState('')
  const id = useId()
  return (
    <form
      className={styles.form}
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        onSubmit(text)
      }}
    >
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={3}
        maxLength={textLimits.demandReply}
        value={text}
        onChange={(event) => setText(event.target.value)}
        aria-invalid={fieldError ? true : undefined}
        aria-describedby={fieldError ? `${id}-error` : undefined}
      />
      {fieldError ? (
        <p id={`${id}-error`} className={styles.fieldError}>
          {fieldError}
        </p>
      ) : null}
      <button type="submit" className={styles.primary} disabled={pending}>
        {submit}
      </button>
    </form>
  )
}
