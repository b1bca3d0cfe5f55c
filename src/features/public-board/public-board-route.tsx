import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router-dom'
import { publicBoardQuery } from '@/api/public-board'
import { EmptyState } from '@/components/empty-state'
import { PageHeader } from '@/components/page-header'
import { ProgressBar } from '@/components/progress-bar'
import { QueryFallback } from '@/components/query-fallback'
import { offersIntake } from '@/domain/public-intake'
import { formatDate } from '@/lib/format'
import { listLabel, listNameLookup, nameLookup } from '@/lib/name-lookup'
import { t } from '@/lib/strings/strings'
import { BoardFilters } from './components/board-filters'
import { ItemCard } from './components/item-card'
import { Pager } from './components/pager'
import { UnitOverview } from './components/unit-overview'
import { useBoardParams } from './use-board-params'
import styles from './public-board-route.module.css'

/** 公示: how each list stands, every unit's progress and, a page at a time, the items; open to all workers, no personal data. */
export function PublicBoardRoute() {
  const [params, setParams, searchFor] = useBoardParams()
  const board = useQuery(publicBoardQuery({ unit: params.unit, list: params.list, page: params.page }))
  const header = (
    <PageHeader
      title={t.publicBoard.title}
      description={
        board.data
          ? `${board.data.campaign.name} · ${t.app.dataAsOf(formatDate(board.data.asOf))}`
          : t.publicBoard.intro
      }
      actions={
        board.data ? (
          <button type="button" className={styles.print} onClick={() => window.print()}>
            {t.publicBoard.print}
          </button>
        ) : null
      }
    />
  )
  if (!board.data) {
    return (
      <>
        {header}
        <QueryFallback queries={[board]} />
      </>
    )
  }

  const { units, campaign, lists, unitCounts, items, total, page, pageSize, asOf, unitId } = board.data
  const unitName = nameLookup(units)
  const listName = listNameLookup(campaign.lists)
  const unit = unitId === null ? undefined : units.find((entry) => entry.id === unitId)
  const pages = Math.max(1, Math.ceil(total / pageSize))
  const intakeHref = (id: string) => {
    const found = units.find((entry) => entry.id === id)
    return found && offersIntake(found) ? `/submit/${encodeURIComponent(found.id)}` : null
  }
  const unitIntake = unit ? intakeHref(unit.id) : null

  return (
    <div className={styles.board}>
      <div className={styles.screenOnly}>
        {header}
        <p className={styles.intro}>{t.publicBoard.intro}</p>
        <BoardFilters params={params} onChange={setParams} units={units} lists={campaign.lists} />
      </div>

      <div className={styles.notice}>
        <h2 className={styles.noticeTitle}>
          {unit ? t.publicBoard.noticeTitle(unit.name) : t.publicBoard.noticeTitleAll(campaign.name)}
        </h2>
        <p className={styles.noticeDate}>{t.publicBoard.noticeDate(formatDate(asOf))}</p>
      </div>

      <section aria-labelledby="board-lists" className={styles.lists}>
        <h2 id="board-lists" className="visually-hidden">
          {t.publicBoard.listsHeading}
        </h2>
        {campaign.lists.map((list) => {
          const counts = lists.find((row) => row.listId === list.id)
          if (!counts || counts.total === 0) return null
          const done = t.publicBoard.unitDone(counts.done, counts.total)
          return (
            <div key={list.id} className={styles.list}>
              <p className={styles.listName}>{listLabel(list)}</p>
              <p className={styles.listDone}>{done}</p>
              <ProgressBar
                value={counts.done}
                max={counts.total}
                label={`${listLabel(list)} ${done}`}
                valueText={done}
              />
              {counts.keyTotal > 0 ? (
                <p className={styles.listDone}>{t.publicBoard.keyDone(counts.keyDone, counts.keyTotal)}</p>
              ) : null}
            </div>
          )
        })}
      </section>

      {unit ? null : (
        <UnitOverview
          counts={unitCounts}
          unitName={unitName}
          hrefFor={(id) => `/public${searchFor({ unit: id })}`}
          intakeHref={intakeHref}
        />
      )}

      <section aria-labelledby="board-items" className={styles.items}>
        <div className={styles.itemsHead}>
          <h2 id="board-items" className={styles.itemsHeading}>
            {t.publicBoard.itemsHeading(unit?.name ?? t.publicBoard.allItems, total)}
          </h2>
          {unitIntake ? (
            <Link to={unitIntake} className={styles.submit}>
              {t.publicBoard.submitLink}
            </Link>
          ) : null}
        </div>
        {items.length === 0 ? (
          <EmptyState title={t.publicBoard.empty} />
        ) : (
          <ol className={styles.cards}>
            {items.map((item) => (
              <ItemCard
                key={item.id}
                item={item}
                listName={listName(item.listId)}
                unitName={unit ? null : unitName(item.unitId)}
              />
            ))}
          </ol>
        )}
        <Pager page={page} pages={pages} hrefFor={(next) => `/public${searchFor({ page: next })}`} />
      </section>
      <p className={styles.footer}>{t.publicBoard.noticeFooter}</p>
    </div>
  )
}
