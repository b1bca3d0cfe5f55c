import { useQuery } from '@tanstack/react-query'
import { publicBoardQuery } from '@/api/public-board'
import { EmptyState } from '@/components/empty-state'
import { PageHeader } from '@/components/page-header'
import { ProgressBar } from '@/components/progress-bar'
import { QueryFallback } from '@/components/query-fallback'
import type { PublicItem } from '@/domain/model/public-board'
import { isFinished } from '@/domain/status'
import { formatDate } from '@/lib/format'
import { listLabel, listNameLookup } from '@/lib/name-lookup'
import { t } from '@/lib/strings/strings'
import { UnitGroup } from './components/unit-group'
import styles from './public-board-route.module.css'

/** 公示: how each list stands, then every unit's items, open to all workers; no personal data. */
export function PublicBoardRoute() {
  const board = useQuery(publicBoardQuery())
  if (!board.data) {
    return (
      <>
        <PageHeader title={t.publicBoard.title} description={t.publicBoard.intro} />
        <QueryFallback queries={[board]} />
      </>
    )
  }

  const { units, items, campaign, asOf } = board.data
  const byUnit = new Map<string, PublicItem[]>()
  for (const item of items) {
    const group = byUnit.get(item.unitId)
    if (group) group.push(item)
    else byUnit.set(item.unitId, [item])
  }
  const groups = units.filter((unit) => byUnit.has(unit.id))

  return (
    <>
      <PageHeader title={t.publicBoard.title} description={`${campaign.name} · ${t.app.dataAsOf(formatDate(asOf))}`} />
      <p className={styles.intro}>{t.publicBoard.intro}</p>

      <section aria-labelledby="board-lists" className={styles.lists}>
        <h2 id="board-lists" className="visually-hidden">
          {t.publicBoard.listsHeading}
        </h2>
        {campaign.lists.map((list) => {
          const listed = items.filter((item) => item.listId === list.id)
          const done = listed.filter((item) => isFinished(item.status)).length
          return (
            <div key={list.id} className={styles.list}>
              <p className={styles.listName}>{listLabel(list)}</p>
              <p className={styles.listDone}>{t.publicBoard.unitDone(done, listed.length)}</p>
              <ProgressBar value={done} max={listed.length} label={`${listLabel(list)} ${t.wall.done}`} valueText={t.publicBoard.unitDone(done, listed.length)} />
            </div>
          )
        })}
      </section>

      <p className={styles.hint}>{t.publicBoard.unitsHint}</p>
      {groups.length === 0 ? <EmptyState title={t.publicBoard.empty} /> : null}
      <div className={styles.units}>
        {groups.map((unit) => (
          <UnitGroup key={unit.id} unit={unit} items={byUnit.get(unit.id) ?? []} listName={listNameLookup(campaign.lists)} />
        ))}
      </div>
    </>
  )
}
