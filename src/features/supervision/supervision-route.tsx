import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { campaignQuery } from '@/api/campaign'
import { sessionQuery } from '@/api/session'
import { supervisionQueueQuery } from '@/api/supervision'
import { unitsQuery } from '@/api/units'
import { EmptyState } from '@/components/empty-state'
import { PageHeader } from '@/components/page-header'
import { QueryFallback } from '@/components/query-fallback'
import { StaleMark } from '@/components/stale-mark'
import { dateOf } from '@/domain/dates'
import type { QueueEntry } from '@/domain/model/supervision'
import { canPostUpdate, canSetSatisfactionBar } from '@/domain/permissions'
import { listLabel, nameLookup } from '@/lib/name-lookup'
import { tp } from '@/lib/strings/page-strings'
import { BulkUrge, type Selected } from './components/bulk-urge'
import { QueueTable } from './components/queue-table'
import { ReasonFilter } from './components/reason-filter'
import { SatisfactionBarPanel } from './components/satisfaction-bar-panel'
import styles from './supervision-route.module.css'
import { useQueueFilters } from './use-queue-filters'

const pageSize = 50

/** 督办: what needs a supervisor now, most urgent first (src/domain/supervision-queue.ts), with bulk urge. */
export function SupervisionRoute() {
  const { filters, set } = useQueueFilters()
  const queue = useQuery(supervisionQueueQuery({ ...filters, pageSize }))
  const units = useQuery(unitsQuery())
  const campaign = useQuery(campaignQuery())
  const session = useQuery(sessionQuery())
  const [selected, setSelected] = useState<ReadonlyMap<string, Selected>>(new Map())
  const today = dateOf(new Date())
  const user = session.data ?? null
  const firstItem = queue.data?.items[0]?.item
  // The role rule for urging, asked of the domain; the backend refuses each item it does not allow.
  const urgeDecision = user && firstItem ? canPostUpdate(user, firstItem, 'urge') : null
  // Each list's satisfaction bar for strike-off: shown to whoever the domain lets set it.
  const mayEditBars = user ? canSetSatisfactionBar(user).ok : false

  const toggle = ({ item }: QueueEntry) =>
    setSelected((current) => {
      const next = new Map(current)
      if (next.has(item.id)) next.delete(item.id)
      else next.set(item.id, { id: item.id, code: item.code, title: item.title })
      return next
    })
  const togglePage = (select: boolean) =>
    setSelected((current) => {
      const next = new Map(current)
      for (const { item } of queue.data?.items ?? []) {
        if (select) next.set(item.id, { id: item.id, code: item.code, title: item.title })
        else next.delete(item.id)
      }
      return next
    })

  return (
    <>
      <PageHeader
        title={tp.supervision.title}
        description={tp.supervision.intro}
        marks={<StaleMark stale={queue.isRefetchError} />}
      />
      {mayEditBars && campaign.data ? <SatisfactionBarPanel lists={campaign.data.lists} /> : null}
      <div className={styles.filters}>
        <ReasonFilter
          counts={queue.data?.counts}
          total={queue.data?.queued}
          value={filters.reason}
          onChange={(reason) => set({ reason, list: filters.list })}
        />
        {campaign.data ? (
          <div className={styles.list}>
            <label htmlFor="queue-list">{tp.ledgerFilters.list}</label>
            <select
              id="queue-list"
              value={filters.list ?? ''}
              onChange={(event) => set({ reason: filters.reason, list: event.target.value || undefined })}
            >
              <option value="">{tp.ledger.any}</option>
              {campaign.data.lists.map((list) => (
                <option key={list.id} value={list.id}>
                  {listLabel(list)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
      {urgeDecision?.ok ? (
        <BulkUrge
          selected={[...selected.values()]}
          today={today}
          onClear={() => setSelected(new Map())}
          onKeepOnly={(ids) => setSelected((current) => new Map([...current].filter(([id]) => ids.includes(id))))}
        />
      ) : urgeDecision ? (
        <p className={styles.note}>
          {tp.supervision.bulkUrge}：{urgeDecision.reason}
        </p>
      ) : null}
      {!queue.data || !units.data ? (
        <QueryFallback queries={[queue, units]} />
      ) : queue.data.items.length === 0 ? (
        <EmptyState title={tp.supervision.empty} />
      ) : (
        <>
          <QueueTable
            caption={`${tp.supervision.queueCaption} · ${tp.ledger.range((queue.data.page - 1) * pageSize + 1, (queue.data.page - 1) * pageSize + queue.data.items.length, queue.data.total)}`}
            entries={queue.data.items}
            unitName={nameLookup(units.data.items)}
            selection={urgeDecision?.ok ? { isSelected: (id) => selected.has(id), toggle, togglePage } : null}
            busy={queue.isPlaceholderData}
          />
          <nav className={styles.pager} aria-label={tp.ledger.pages}>
            <button
              type="button"
              disabled={queue.data.page <= 1}
              onClick={() => set({ ...filters, page: queue.data.page - 1 })}
            >
              {tp.ledger.previous}
            </button>
            <span aria-current="page">
              {tp.ledger.pageOf(queue.data.page, Math.max(1, Math.ceil(queue.data.total / pageSize)))}
            </span>
            <button
              type="button"
              disabled={queue.data.page * pageSize >= queue.data.total}
              onClick={() => set({ ...filters, page: queue.data.page + 1 })}
            >
              {tp.ledger.next}
            </button>
          </nav>
        </>
      )}
    </>
  )
}
