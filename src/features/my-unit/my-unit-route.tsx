import { useQuery } from '@tanstack/react-query'
import { itemsQuery } from '@/api/items'
import { sessionQuery } from '@/api/session'
import { unitsQuery } from '@/api/units'
import { EmptyState } from '@/components/empty-state'
import { ItemTable } from '@/components/item-table'
import { PageHeader } from '@/components/page-header'
import { PlannedNote } from '@/components/planned-note'
import { QueryFallback } from '@/components/query-fallback'
import { t } from '@/lib/strings/strings'

/** 本单位: a branch secretary's own unit and its items. */
export function MyUnitRoute() {
  const session = useQuery(sessionQuery())
  const units = useQuery(unitsQuery())
  const unitId = session.data?.unitId ?? null
  const items = useQuery({ ...itemsQuery({ unit: unitId ? [unitId] : [], pageSize: 100 }), enabled: unitId !== null })

  if (!units.data) {
    return (
      <>
        <PageHeader title={t.myUnit.title} />
        <QueryFallback queries={[units]} />
      </>
    )
  }
  const unit = units.data.items.find((entry) => entry.id === unitId)
  if (!unit || unit.kind !== 'grassroots') {
    return (
      <>
        <PageHeader title={t.myUnit.title} />
        <EmptyState title={t.myUnit.noUnit} />
      </>
    )
  }
  return (
    <>
      <PageHeader title={`${t.myUnit.title} · ${unit.name}`} description={t.myUnit.intro(unit.name)} />
      {!items.data ? (
        <QueryFallback queries={[items]} />
      ) : items.data.items.length === 0 ? (
        <EmptyState />
      ) : (
        <ItemTable caption={`${t.myUnit.tableCaption(unit.name)} · ${t.list.all(items.data.total)}`} items={items.data.items} />
      )}
      <PlannedNote>{t.myUnit.next}</PlannedNote>
    </>
  )
}
