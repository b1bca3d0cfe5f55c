import { useQuery } from '@tanstack/react-query'
import { lazy, Suspense, useId } from 'react'
import { Link } from 'react-router-dom'
import { boardQuery } from '@/api/board'
import { EmptyState } from '@/components/empty-state'
import { LoadingState } from '@/components/loading-state'
import { QueryFallback } from '@/components/query-fallback'
import type { Board } from '@/domain/model/board'
import type { CampaignList } from '@/domain/model/campaign'
import { listLabel } from '@/lib/name-lookup'
import { t } from '@/lib/strings/strings'
import { chipName, domChipLimit } from '../board-chips'
import { useNearViewport } from '../use-near-viewport'
import styles from './item-boards.module.css'

// 50,000 items are drawn, not rendered: the canvas and its hit-testing load only when needed.
const BoardCanvas = lazy(async () => ({ default: (await import('./board-canvas')).BoardCanvas }))

type Props = {
  lists: readonly CampaignList[]
  asOf: string | undefined
  unitName: (unitId: string) => string
  /** Items per list as the summary counts them: a board too large for chips waits until it is scrolled near. */
  totals?: Readonly<Record<string, number>>
  compact?: boolean
}

/** Every item of the non-group lists as a chip coloured by its light, grouped by unit. */
export function ItemBoards({ lists, asOf, unitName, totals = {}, compact = false }: Props) {
  return (
    <div className={compact ? `${styles.boards} ${styles.compact}` : styles.boards}>
      {lists.map((list) => (
        <ItemBoard
          key={list.id}
          list={list}
          asOf={asOf}
          unitName={unitName}
          large={(totals[list.id] ?? 0) > domChipLimit}
          compact={compact}
        />
      ))}
    </div>
  )
}

type BoardProps = {
  list: CampaignList
  asOf: string | undefined
  unitName: (unitId: string) => string
  large: boolean
  compact: boolean
}

function ItemBoard({ list, asOf, unitName, large, compact }: BoardProps) {
  const headingId = useId()
  // A canvas board of tens of thousands of items is megabytes of columns to download, parse and draw:
  // it starts once the person scrolls towards it, after the figures above have painted.
  const { ref, near } = useNearViewport<HTMLElement>(large)
  const board = useQuery({ ...boardQuery({ list: list.id, asOf }), enabled: near })
  const count = board.data?.id.length ?? 0
  return (
    <section ref={ref} className={styles.board} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {board.data ? t.wall.boardHeading(listLabel(list), count) : t.wall.boardLoading(listLabel(list))}
      </h2>
      {compact ? null : <p className={styles.intro}>{t.wall.boardIntro}</p>}
      <Legend />
      {!board.data ? (
        <QueryFallback queries={[board]} />
      ) : count === 0 ? (
        <EmptyState />
      ) : count > domChipLimit ? (
        <Suspense fallback={<LoadingState compact />}>
          <BoardCanvas board={board.data} asOf={asOf} unitName={unitName} />
        </Suspense>
      ) : (
        <ChipGrid board={board.data} unitName={unitName} />
      )}
    </section>
  )
}

function Legend() {
  return (
    <ul className={styles.legend} aria-label={t.wall.legend}>
      {(['red', 'yellow', 'green'] as const).map((light) => (
        <li key={light}>
          <span className={`${styles.swatch} ${styles[light]}`} aria-hidden="true" />
          {t.light[light]}
        </li>
      ))}
      <li>
        <span className={`${styles.swatch} ${styles.done}`} aria-hidden="true" />
        {t.status.done}
      </li>
      <li>
        <span className={`${styles.swatch} ${styles.green}`} aria-hidden="true">
          <span className={styles.keyMark}>{t.wall.keyMark}</span>
        </span>
        {t.list.keyBadge}
      </li>
    </ul>
  )
}

/** One link per item, grouped by unit: fine up to a couple of thousand. */
function ChipGrid({ board, unitName }: { board: Board; unitName: (unitId: string) => string }) {
  const groups: { unitId: string; indices: number[] }[] = board.units.map((unitId) => ({ unitId, indices: [] }))
  board.unit.forEach((unit, index) => groups[unit]?.indices.push(index))
  return (
    <div className={styles.units}>
      {groups.map(({ unitId, indices }) => (
        <div key={unitId} className={styles.unit}>
          <h3 className={styles.unitName}>{t.wall.boardUnit(unitName(unitId), indices.length)}</h3>
          <ul className={styles.chips}>
            {indices.map((index) => {
              const light = board.light[index] ?? 'none'
              const key = board.key[index] === true
              const name = chipName(board, index)
              return (
                <li key={board.id[index]}>
                  {/* The link is a 24 px target (WCAG 2.5.8); the coloured square inside it stays small. */}
                  <Link
                    className={styles.chip}
                    to={`/items/${encodeURIComponent(board.id[index] ?? '')}`}
                    aria-label={name}
                    title={name}
                  >
                    <span
                      className={`${styles.face} ${light === 'none' ? styles.done : styles[light]} ${key ? styles.key : ''}`}
                    >
                      {key ? (
                        <span className={styles.keyMark} aria-hidden="true">
                          {t.wall.keyMark}
                        </span>
                      ) : null}
                    </span>
                  </Link>
                </li>
              )
            })}
          </ul>
        </div>
      ))}
    </div>
  )
}
