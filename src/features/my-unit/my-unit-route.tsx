import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router-dom'
import { campaignQuery } from '@/api/campaign'
import { itemsQuery } from '@/api/items'
import { sessionQuery } from '@/api/session'
import { unitsQuery } from '@/api/units'
import { EmptyState } from '@/components/empty-state'
import { ExportMenu } from '@/components/export-menu'
import { ItemTable } from '@/components/item-table'
import { PageHeader } from '@/components/page-header'
import { QueryFallback } from '@/components/query-fallback'
import { StaleMark } from '@/components/stale-mark'
import { tallyUnitItems } from '@/domain/attention'
import { dateOf } from '@/domain/dates'
import { tp } from '@/lib/strings/page-strings'
import { t } from '@/lib/strings/strings'
import { AttentionList } from './components/attention-list'
import { UnitDemands } from './components/unit-demands'
import styles from './my-unit.module.css'

/** 本单位: a branch secretary's own unit — its figures, what waits for an answer, its items and demands. */
export function MyUnitRoute() {
  const session = useQuery(sessionQuery())
  const units = useQuery(unitsQuery())
  const campaign = useQuery(campaignQuery())
  const user = session.data
  const unitId = user?.unitId ?? null
  const items = useQuery({
    ...itemsQuery({ unit: unitId ? [unitId] : [], sort: 'code', pageSize: 500 }),
    enabled: unitId !== null,
  })

  if (!user || !units.data || !campaign.data) {
    return (
      <>
        <PageHeader title={tp.myUnit.title} />
        <QueryFallback queries={[session, units, campaign]} />
      </>
    )
  }
  const unit = units.data.items.find((entry) => entry.id === unitId)
  if (!unit || unit.kind !== 'grassroots') {
    return (
      <>
        <PageHeader title={tp.myUnit.title} />
        <EmptyState title={tp.myUnit.noUnit} />
      </>
    )
  }
  const list = campaign.data.lists.find((entry) => entry.level === 'grassroots')
  const newItemHref = (demandId?: string) => {
    const params = new URLSearchParams({ unit: unit.id })
    if (list) params.set('list', list.id)
    if (demandId) params.set('demands', demandId)
    return `/items/new?${params.toString()}`
  }
  const today = dateOf(new Date())
  const target = unit.itemTarget ?? null

  return (
    <>
      <PageHeader
        title={`${tp.myUnit.title} · ${unit.name}`}
        description={tp.myUnit.intro(unit.name)}
        marks={<StaleMark stale={items.isRefetchError} />}
        actions={
          <>
            <Link to={newItemHref()} className={styles.primary}>
              {tp.myUnit.addItem}
            </Link>
            <Link to="/my-unit/import" className={styles.secondary}>
              {tp.myUnit.importItems}
            </Link>
            <ExportMenu filters={{ unit: [unit.id] }} fileName={`${unit.name}-项目台账`} />
          </>
        }
      />
      {!items.data ? (
        <QueryFallback queries={[items]} />
      ) : (
        <>
          <UnitFigures tally={tallyUnitItems(items.data.items, today)} target={target} />
          <AttentionList items={items.data.items} user={user} today={today} />
          <section className={styles.section} aria-labelledby="items-heading">
            <h2 id="items-heading">{tp.myUnit.itemsHeading}</h2>
            {items.data.items.length === 0 ? (
              <EmptyState />
            ) : (
              <ItemTable
                caption={`${tp.myUnit.tableCaption(unit.name)} · ${t.list.all(items.data.total)}`}
                items={items.data.items}
              />
            )}
          </section>
        </>
      )}
      <UnitDemands unitId={unit.id} newItemHref={newItemHref} />
    </>
  )
}

function UnitFigures({ tally, target }: { tally: ReturnType<typeof tallyUnitItems>; target: number | null }) {
  const figures = [
    { label: tp.myUnit.finished, value: tally.finished },
    { label: tp.myUnit.inProgress, value: tally.inProgress },
    { label: tp.myUnit.planned, value: tally.planned },
    { label: tp.myUnit.overdue, value: tally.overdue },
    { label: tp.myUnit.key, value: tally.key },
  ]
  return (
    <section className={styles.figures} aria-labelledby="figures-heading">
      <h2 id="figures-heading" className="visually-hidden">
        {tp.myUnit.figuresHeading}
      </h2>
      <dl className={styles.figureList}>
        <div className={styles.figure}>
          <dt>{tp.myUnit.listed}</dt>
          <dd>
            <span className={styles.figureValue}>
              {target === null ? tally.total : tp.myUnit.listedOf(tally.total, target)}
            </span>
            <span className={styles.meta}>{target === null ? tp.myUnit.noTarget : tp.myUnit.targetHint(target)}</span>
          </dd>
        </div>
        {figures.map((figure) => (
          <div key={figure.label} className={styles.figure}>
            <dt>{figure.label}</dt>
            <dd>
              <span className={styles.figureValue}>{figure.value}</span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
