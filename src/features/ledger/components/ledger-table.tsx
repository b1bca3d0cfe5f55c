import { memo, useEffect, useRef, useState, type ReactNode, type RefObject } from 'react'
import { Link } from 'react-router-dom'
import { LightBadge } from '@/components/light-badge'
import { ProgressBar } from '@/components/progress-bar'
import { StatusBadge } from '@/components/status-badge'
import { TableFrame } from '@/components/table-frame'
import { itemSortParam, parseItemSort } from '@/domain/item-query'
import type { Item } from '@/domain/model/item'
import type { ItemSortField } from '@/domain/model/item-query'
import { dateOf } from '@/domain/dates'
import { formatInstant, formatTableDate } from '@/lib/format'
import { tp } from '@/lib/strings/page-strings'
import { t } from '@/lib/strings/strings'
import { useAfterNextPaint } from '@/lib/use-after-next-paint'
import styles from './ledger-table.module.css'

type Props = {
  caption: string
  /** Which view the rows are (the ledger's address): a new one is drawn a screen of rows first. */
  view: string
  items: readonly Item[]
  sort: string | undefined
  onSort: (sort: string) => void
  unitName: (id: string) => string
  listName: (id: string) => string
  busy: boolean
}

type Names = { unitName: (id: string) => string; listName: (id: string) => string; today: string }
/** A column: sorts the table by its field, unless it is one the API does not sort by. */
type Column = {
  field: ItemSortField | 'beneficiaries'
  label: string
  cell: (item: Item, names: Names) => ReactNode
  nowrap?: boolean
}
const sortable = (field: Column['field']): field is ItemSortField => field !== 'beneficiaries'

const columns: readonly Column[] = [
  { field: 'listId', label: t.list.list, cell: (item, names) => names.listName(item.listId), nowrap: true },
  { field: 'unitId', label: t.list.unit, cell: (item, names) => names.unitName(item.unitId) },
  {
    field: 'beneficiaries',
    label: t.list.beneficiaries,
    cell: (item) => <span className={styles.beneficiaries}>{item.beneficiaries || t.list.none}</span>,
  },
  { field: 'leadLeader', label: t.list.leadLeader, cell: (item) => item.leadLeader ?? t.list.none, nowrap: true },
  { field: 'owner', label: t.list.owner, cell: (item) => item.owner, nowrap: true },
  {
    field: 'deadline',
    label: t.list.deadline,
    cell: (item, names) => <time dateTime={item.deadline}>{formatTableDate(item.deadline, names.today)}</time>,
    nowrap: true,
  },
  { field: 'status', label: t.list.status, cell: (item) => <StatusBadge status={item.status} /> },
  {
    field: 'progress',
    label: t.list.progress,
    cell: (item) => (
      <div className={styles.progress}>
        <ProgressBar
          size="sm"
          value={item.progress}
          label={`${item.code} ${t.list.progress}`}
          valueText={`${item.progress}%`}
        />
        <span className={styles.percent}>{item.progress}%</span>
      </div>
    ),
  },
  { field: 'light', label: t.list.light, cell: (item) => <LightBadge light={item.light} /> },
  {
    field: 'key',
    label: t.list.key,
    cell: (item) =>
      item.key ? <span className={styles.key}>{t.list.key}</span> : <span className={styles.muted}>{t.list.none}</span>,
  },
  {
    field: 'lastUpdate',
    label: tp.ledger.lastUpdate,
    cell: (item) =>
      item.lastUpdate ? (
        <span className={styles.update}>
          <span>{tp.updateKind[item.lastUpdate.kind]}</span>{' '}
          <time dateTime={item.lastUpdate.at}>{formatInstant(item.lastUpdate.at)}</time>
        </span>
      ) : (
        <span className={styles.muted}>{tp.ledger.noUpdate}</span>
      ),
  },
]

/** Rows are memoised: a new address (sort, filter, page) re-renders the table, not the 50 rows still shown while it loads. */
const LedgerRow = memo(function LedgerRow({ item, unitName, listName }: { item: Item } & Omit<Names, 'today'>) {
  const names = { unitName, listName, today: dateOf(new Date()) }
  return (
    <tr>
      <td data-nowrap>
        <Link to={`/items/${encodeURIComponent(item.id)}`}>{item.code}</Link>
      </td>
      <th scope="row" className={styles.title}>
        {item.title}
      </th>
      {columns.map((column) => (
        <td key={column.field} data-nowrap={column.nowrap ? '' : undefined}>
          {column.cell(item, names)}
        </td>
      ))}
    </tr>
  )
})

/** The whole ledger row: every column can sort the table (on the server, over all pages). */
export function LedgerTable({ caption, view, items, sort, onSort, unitName, listName, busy }: Props) {
  const { field: sortField, descending } = parseItemSort(sort)
  const dimmed = useDelayedFlag(busy, dimDelayMs)
  const frame = useRef<HTMLDivElement>(null)
  useHoverPauseWhileScrolling(frame)
  // A new view draws the rows a screen holds at once and the rest of its rows after that frame: laying
  // out a 50-row table is most of the wait between an answer and its rows on screen. A refetch of the
  // same view (new figures) redraws every row in place, so nothing a person is reading goes away.
  const whole = useAfterNextPaint(view)
  // How many rows a view draws first is taken when the view is new, so that the window's room measured or
  // changed while it waits for its frame does not redraw the rows it has.
  const roomNow = useRowsToFillWindow(frame)
  // (A render that finds a new view sets it and is redone at once, before anything is drawn.)
  const [firstRows, setFirstRows] = useState({ view, rows: roomNow })
  if (firstRows.view !== view) setFirstRows({ view, rows: roomNow })
  const rows = whole ? items : items.slice(0, firstRows.rows)

  const header = (field: ItemSortField, label: string) => {
    const active = field === sortField
    const next = itemSortParam({ field, descending: active && !descending })
    return (
      <th scope="col" key={field} aria-sort={active ? (descending ? 'descending' : 'ascending') : undefined}>
        <button type="button" className={styles.sort} onClick={() => onSort(next)} title={tp.ledger.sortBy(label)}>
          {label}
          <span aria-hidden="true" className={styles.arrow}>
            {active ? (descending ? '▼' : '▲') : '↕'}
          </span>
        </button>
      </th>
    )
  }

  return (
    <div ref={frame} className={dimmed ? `${styles.frame} ${styles.busy}` : styles.frame} aria-busy={busy}>
      <TableFrame caption={caption}>
        <thead>
          <tr>
            {header('code', t.list.code)}
            {header('title', t.list.title)}
            {columns.map((column) =>
              sortable(column.field) ? (
                header(column.field, column.label)
              ) : (
                <th scope="col" key={column.field}>
                  {column.label}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((item, slot) => (
            // Keyed by position: a new page updates the rows on screen in place (text and a few classes)
            // instead of removing them and building new ones, which costs style and DOM work.
            <LedgerRow key={slot} item={item} unitName={unitName} listName={listName} />
          ))}
        </tbody>
      </TableFrame>
    </div>
  )
}

/** A row is at least this tall. */
const minRowHeightPx = 36
/** At least this many rows are drawn first, even when the table's top is below the window. */
const minFirstRows = 6

/**
 * How many rows fill the window below the table's top where it is now: below the filters about a dozen,
 * scrolled to the table a window's worth. Kept up to date as the page scrolls or the window changes (it
 * changes only every row's height of scrolling). Rows drawn at once beyond the window made the frame that
 * shows a new view longer for nothing.
 */
function useRowsToFillWindow(table: RefObject<HTMLElement | null>): number {
  const [rows, setRows] = useState(() => Math.max(minFirstRows, Math.ceil(window.innerHeight / minRowHeightPx)))
  useEffect(() => {
    let frame = 0
    const measure = () => {
      frame = 0
      const element = table.current
      if (!element) return
      const top = Math.min(window.innerHeight, Math.max(0, element.getBoundingClientRect().top))
      setRows(Math.max(minFirstRows, Math.ceil((window.innerHeight - top) / minRowHeightPx)))
    }
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(measure)
    }
    measure()
    window.addEventListener('scroll', schedule, { passive: true })
    window.addEventListener('resize', schedule)
    return () => {
      cancelAnimationFrame(frame)
      window.removeEventListener('scroll', schedule)
      window.removeEventListener('resize', schedule)
    }
  }, [table])
  return rows
}

/** The previous page is dimmed only when the next one is slow to come: a quick answer costs no repaint. */
const dimDelayMs = 200

function useDelayedFlag(flag: boolean, delayMs: number): boolean {
  const [late, setLate] = useState(false)
  useEffect(() => {
    if (!flag) return
    const timer = setTimeout(() => setLate(true), delayMs)
    return () => {
      clearTimeout(timer)
      setLate(false)
    }
  }, [flag, delayMs])
  return flag && late
}

/**
 * While the page scrolls, the rows' hover look is held back (`data-scrolling`, see the CSS): otherwise
 * every frame moves :hover to the row under a resting mouse and repaints the table. Set on the element
 * directly, not through React state, so scrolling renders nothing.
 */
function useHoverPauseWhileScrolling(ref: RefObject<HTMLElement | null>, idleMs = 150) {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const settle = () => {
      timer = undefined
      ref.current?.removeAttribute('data-scrolling')
    }
    const onScroll = () => {
      if (timer === undefined) ref.current?.setAttribute('data-scrolling', '')
      else clearTimeout(timer)
      timer = setTimeout(settle, idleMs)
    }
    window.addEventListener('scroll', onScroll, { passive: true })
    return () => {
      window.removeEventListener('scroll', onScroll)
      if (timer !== undefined) clearTimeout(timer)
    }
  }, [ref, idleMs])
}
