import { useQuery } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { Link } from 'react-router-dom'
import { demandCountsQuery, demandsQuery } from '@/api/demands'
import { sessionQuery } from '@/api/session'
import { unitsQuery } from '@/api/units'
import { EmptyState } from '@/components/empty-state'
import { PageHeader } from '@/components/page-header'
import { QueryFallback } from '@/components/query-fallback'
import { StaleMark } from '@/components/stale-mark'
import type { Demand } from '@/domain/model/demand'
import { canRecordDemand } from '@/domain/permissions'
import { homeUnitOf } from '@/domain/roles'
import { tp } from '@/lib/strings/page-strings'
import { DemandCharts } from './charts/demand-charts'
import { DemandFiltersForm } from './components/demand-filters'
import { DemandTable } from './components/demand-table'
import { RecordForm } from './components/record-form'
import { TriagePanel } from './components/triage-panel'
import styles from './demands-route.module.css'
import { pageSize, useDemandFilters } from './use-demand-filters'

/** 问需于民: every demand, filtered in the URL, with its counts, and triage for those who may. */
export function DemandsRoute() {
  const { filters, page, setFilters, setPage, active } = useDemandFilters()
  const demands = useQuery(demandsQuery({ ...filters, page, pageSize }))
  const counts = useQuery(demandCountsQuery(filters))
  const units = useQuery(unitsQuery())
  const session = useQuery(sessionQuery())
  const [selected, setSelected] = useState<Demand | null>(null)
  const [recording, setRecording] = useState(false)
  const countsId = useId()

  const user = session.data
  const recordUnits = user && units.data ? units.data.items.filter((unit) => canRecordDemand(user, unit.id).ok) : []
  const posterUnit = filters.unit ?? (user ? homeUnitOf(user) : null)

  return (
    <>
      <PageHeader
        title={tp.demands.title}
        description={tp.demands.intro}
        marks={<StaleMark stale={demands.isRefetchError} />}
        actions={
          <>
            <Link
              className={styles.action}
              to={posterUnit ? `/demands/poster?unit=${encodeURIComponent(posterUnit)}` : '/demands/poster'}
            >
              {tp.demands.poster}
            </Link>
            {recordUnits.length > 0 ? (
              <button
                type="button"
                className={styles.primary}
                aria-expanded={recording}
                onClick={() => setRecording((open) => !open)}
              >
                {tp.demands.record}
              </button>
            ) : null}
          </>
        }
      />
      {recording ? <RecordForm units={recordUnits} onClose={() => setRecording(false)} /> : null}
      <DemandFiltersForm filters={filters} units={units.data?.items} onApply={setFilters} active={active} />

      <section aria-labelledby={countsId} className={styles.counts}>
        <h2 id={countsId} className={styles.sectionHeading}>
          {tp.demands.countsHeading}
          {counts.data ? <span className={styles.total}>{tp.demands.totalCount(counts.data.total)}</span> : null}
        </h2>
        {counts.isError && !counts.data ? <QueryFallback queries={[counts]} /> : <DemandCharts stats={counts.data} />}
      </section>

      {selected && user && units.data ? (
        <TriagePanel
          key={selected.id}
          demand={selected}
          user={user}
          units={units.data.items}
          onChange={setSelected}
          onClose={() => setSelected(null)}
        />
      ) : null}

      {!demands.data || !units.data ? (
        <QueryFallback queries={[demands, units]} />
      ) : demands.data.items.length === 0 ? (
        <EmptyState title={active ? tp.demands.emptyFiltered : tp.demands.empty} />
      ) : (
        <DemandTable page={demands.data} units={units.data.items} onTriage={setSelected} onPage={setPage} />
      )}
    </>
  )
}
