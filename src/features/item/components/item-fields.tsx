import type { ReactNode } from 'react'
import { ProgressBar } from '@/components/progress-bar'
import type { Campaign } from '@/domain/model/campaign'
import type { Item } from '@/domain/model/item'
import type { Unit } from '@/domain/model/unit'
import { LightBadge } from '@/components/light-badge'
import { StatusBadge } from '@/components/status-badge'
import { formatDate, formatInstant } from '@/lib/format'
import { listLabel, nameLookup } from '@/lib/name-lookup'
import { tp } from '@/lib/strings/page-strings'
import { t } from '@/lib/strings/strings'
import styles from './item-fields.module.css'

type Props = { item: Item; campaign: Campaign; units: readonly Unit[] }

const ta = tp.itemAccountability

/** The ledger's columns for one item: problem, measure and responsibility. */
export function ItemFields({ item, campaign, units }: Props) {
  const unitName = nameLookup(units)
  const categoryName = nameLookup(campaign.categories)
  const list = campaign.lists.find((entry) => entry.id === item.listId)
  const rows: { label: string; value: ReactNode }[] = [
    { label: tp.item.code, value: item.code },
    { label: tp.item.list, value: list ? listLabel(list) : t.list.none },
    { label: t.list.content, value: item.content },
    { label: t.list.beneficiaries, value: item.beneficiaries },
    { label: t.list.category, value: categoryName(item.category) },
    { label: t.list.unit, value: unitName(item.unitId) },
    { label: t.list.leadLeader, value: item.leadLeader ?? t.list.none },
    { label: t.list.owner, value: item.owner },
    { label: tp.item.ownerPhone, value: item.ownerPhone ?? t.list.none },
    {
      label: t.list.deadline,
      value: (
        <>
          <time dateTime={item.deadline}>{formatDate(item.deadline)}</time>
          {item.extension.approved > 0 ? (
            <span className={styles.extended}>{ta.extendedCount(item.extension.approved)}</span>
          ) : null}
        </>
      ),
    },
    { label: t.list.status, value: <StatusBadge status={item.status} /> },
    {
      label: t.list.progress,
      value: (
        <span className={styles.progress}>
          <ProgressBar value={item.progress} label={t.list.progress} valueText={`${item.progress}%`} />
          <span>{item.progress}%</span>
        </span>
      ),
    },
    { label: t.list.light, value: <LightBadge light={item.light} /> },
    {
      label: tp.item.urges,
      value: (
        <>
          {tp.item.urgeCount(item.urge.count, item.urge.open)}
          {item.urge.replyBy ? `；${tp.item.replyDue(formatDate(item.urge.replyBy))}` : null}
          {item.urge.redList ? <strong className={styles.redList}>{tp.item.redList}</strong> : null}
        </>
      ),
    },
    { label: tp.item.createdAt, value: <time dateTime={item.createdAt}>{formatInstant(item.createdAt)}</time> },
    { label: tp.item.updatedAt, value: <time dateTime={item.updatedAt}>{formatInstant(item.updatedAt)}</time> },
  ]
  const { pending } = item.extension
  if (pending)
    rows.splice(rows.findIndex((row) => row.label === t.list.deadline) + 1, 0, {
      label: ta.pending,
      value: (
        <span className={styles.pending}>
          <span>{ta.pendingText(formatDate(pending.deadline), pending.requestedBy)}</span>
          <span>{ta.pendingReason(pending.reason)}</span>
        </span>
      ),
    })
  if (item.completionNote) rows.push({ label: t.list.completionNote, value: item.completionNote })

  return (
    <section className={styles.card} aria-labelledby="item-fields-title">
      <h2 id="item-fields-title" className={styles.heading}>
        {tp.item.fields}
      </h2>
      <dl className={styles.fields}>
        {rows.map((row) => (
          <div key={row.label} className={styles.row}>
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
