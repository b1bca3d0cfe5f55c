import type { IsoDate } from './dates'
import type { Campaign } from './model/campaign'
import type { Item } from './model/item'
import type { PublicBoard, PublicBoardQuery, PublicCounts, PublicItem } from './model/public-board'
import type { Unit } from './model/unit'
import { isFinished } from './status'

/** The fields of an item that may be published to workers (公示). Everything else stays inside. */
export function toPublicItem(item: Item): PublicItem {
  return {
    id: item.id,
    code: item.code,
    listId: item.listId,
    title: item.title,
    beneficiaries: item.beneficiaries,
    category: item.category,
    unitId: item.unitId,
    deadline: item.deadline,
    status: item.status,
    progress: item.progress,
    light: item.light,
    key: item.key,
  }
}

const emptyPublicCounts = (): PublicCounts => ({ total: 0, done: 0, closed: 0, keyTotal: 0, keyDone: 0 })

function count(counts: PublicCounts, item: Pick<Item, 'status' | 'key'>) {
  const finished = isFinished(item.status)
  counts.total += 1
  if (finished) counts.done += 1
  if (item.status === 'closed') counts.closed += 1
  if (item.key) {
    counts.keyTotal += 1
    if (finished) counts.keyDone += 1
  }
}

type BoardInput = {
  asOf: IsoDate
  campaign: Pick<Campaign, 'name' | 'lists'>
  units: readonly Pick<Unit, 'id' | 'name' | 'kind'>[]
  /** Every item as served on `asOf`. */
  items: readonly Item[]
  query: PublicBoardQuery
}

/**
 * The public board (GET /api/public/board): counts per list (of the unit asked for) and per unit (of the
 * list asked for), and one page of the matching items by list then code, each cut down to PublicItem.
 */
export function publicBoardOf({ asOf, campaign, units, items, query }: BoardInput): PublicBoard {
  const unitId = query.unit ?? null
  const listId = query.list ?? null
  const listOrder = new Map(campaign.lists.map((list, index) => [list.id, index]))
  const byList = new Map(campaign.lists.map((list) => [list.id, emptyPublicCounts()]))
  const byUnit = new Map<string, PublicCounts>()
  const matching: Item[] = []
  for (const item of items) {
    const inUnit = unitId === null || item.unitId === unitId
    const inList = listId === null || item.listId === listId
    if (inUnit) {
      const counts = byList.get(item.listId)
      if (counts) count(counts, item)
    }
    if (inList) {
      let counts = byUnit.get(item.unitId)
      if (!counts) byUnit.set(item.unitId, (counts = emptyPublicCounts()))
      count(counts, item)
    }
    if (inUnit && inList) matching.push(item)
  }
  matching.sort(
    (a, b) =>
      (listOrder.get(a.listId) ?? 0) - (listOrder.get(b.listId) ?? 0) ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  )
  const start = (query.page - 1) * query.pageSize
  return {
    asOf,
    campaign: { name: campaign.name, lists: campaign.lists },
    units: units.map(({ id, name, kind }) => ({ id, name, kind })),
    unitId,
    listId,
    lists: campaign.lists.map((list) => ({ listId: list.id, ...(byList.get(list.id) ?? emptyPublicCounts()) })),
    unitCounts: units.flatMap((unit) => {
      const counts = byUnit.get(unit.id)
      return counts ? [{ unitId: unit.id, ...counts }] : []
    }),
    items: matching.slice(start, start + query.pageSize).map(toPublicItem),
    total: matching.length,
    page: query.page,
    pageSize: query.pageSize,
  }
}
