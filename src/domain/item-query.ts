import { lightOrder } from './light'
import type { Item } from './model/item'
import type { ItemQuery, ItemSortField } from './model/item-query'
import type { Page } from './model/common'
import { statusOrder } from './status'

// What GET /api/items means: filtering, free-text search, sorting and paging, once for every backend.

export type ItemView = Item & { overdue: boolean }

export function matchesItem(item: ItemView, query: ItemQuery, unitName: (id: string) => string): boolean {
  if (query.list && !query.list.includes(item.listId)) return false
  if (query.unit && !query.unit.includes(item.unitId)) return false
  if (query.status && !query.status.includes(item.status)) return false
  if (query.light && !query.light.includes(item.light)) return false
  if (query.category && !query.category.includes(item.category)) return false
  if (query.key !== undefined && item.key !== query.key) return false
  if (query.overdue !== undefined && item.overdue !== query.overdue) return false
  if (query.redList !== undefined && item.urge.redList !== query.redList) return false
  if (query.q) {
    const needle = query.q.toLowerCase()
    if (needle.includes(fieldSeparator) || !searchText(item, unitName).includes(needle)) return false
  }
  return true
}

// The text free-text search looks in, lower-cased once per item object: backends keep their item views
// until the next write, so a search over 50,000 items is one `includes` per item, not seven lower-casings
// of long texts. Fields are joined by a character no search box sends, so no match spans two fields.
const searchTexts = new WeakMap<ItemView, string>()
const fieldSeparator = '\u0000'

function searchText(item: ItemView, unitName: (id: string) => string): string {
  let text = searchTexts.get(item)
  if (text === undefined) {
    text = [item.code, item.title, item.content, item.owner, item.leadLeader ?? '', item.beneficiaries, unitName(item.unitId)].join(fieldSeparator).toLowerCase()
    searchTexts.set(item, text)
  }
  return text
}

type Comparable = string | number
const sortValue: Record<ItemSortField, (item: ItemView) => Comparable> = {
  code: (item) => item.code,
  title: (item) => item.title,
  listId: (item) => item.listId,
  unitId: (item) => item.unitId,
  deadline: (item) => item.deadline,
  status: (item) => statusOrder[item.status],
  progress: (item) => item.progress,
  light: (item) => lightOrder[item.light],
  updatedAt: (item) => item.updatedAt,
  owner: (item) => item.owner,
  leadLeader: (item) => item.leadLeader ?? '',
  key: (item) => (item.key ? 0 : 1),
  lastUpdate: (item) => item.lastUpdate?.at ?? '',
}

// Sorting 50,000 items must not cost 50,000 × log₂ 50,000 collator calls (hundreds of milliseconds per
// request): each item's key is computed once, and strings that collate like their code points (dates,
// instants, codes: digits, capitals and dashes) are compared directly; only people's text goes
// through the zh-CN collator. The order is the same either way.
const plainText = /^[0-9A-Z-]*$/
const isoFields = new Set<ItemSortField>(['deadline', 'updatedAt', 'lastUpdate'])
type SortKey = { item: ItemView; value: Comparable; plain: boolean; codePlain: boolean }

function sortKeyer(sort: string | undefined) {
  const descending = sort?.startsWith('-') ?? false
  const field = (sort?.replace(/^-/, '') || 'code') as ItemSortField
  const value = sortValue[field]
  const collator = new Intl.Collator('zh-CN')
  const iso = isoFields.has(field)
  const keyOf = (item: ItemView): SortKey => {
    const v = value(item)
    return { item, value: v, plain: typeof v !== 'string' || iso || plainText.test(v), codePlain: plainText.test(item.code) }
  }
  const cmp = (x: Comparable, y: Comparable, plain: boolean) =>
    !plain && typeof x === 'string' && typeof y === 'string' ? collator.compare(x, y) : x < y ? -1 : x > y ? 1 : 0
  const compare = (a: SortKey, b: SortKey) => {
    const primary = cmp(a.value, b.value, a.plain && b.plain)
    if (primary !== 0) return descending ? -primary : primary
    return cmp(a.item.code, b.item.code, a.codePlain && b.codePlain)
  }
  return { keyOf, compare }
}

/** `sort` is a field name, `-field` for descending; ties fall back to the code so pages are stable. */
export function compareItems(sort: string | undefined): (a: ItemView, b: ItemView) => number {
  const { keyOf, compare } = sortKeyer(sort)
  return (a, b) => compare(keyOf(a), keyOf(b))
}

/** The items in `sort` order (a new array): one key per item, then one sort. */
export function sortItems(items: readonly ItemView[], sort: string | undefined): ItemView[] {
  const { keyOf, compare } = sortKeyer(sort)
  return items
    .map(keyOf)
    .sort(compare)
    .map((key) => key.item)
}

/** `presorted`: `items` are already in `query.sort` order (sortItems), as a server may keep them between writes. */
export function queryItems(items: readonly ItemView[], query: ItemQuery, unitName: (id: string) => string, { presorted = false } = {}): Page<Item> {
  const filtered = items.filter((item) => matchesItem(item, query, unitName))
  const matching = presorted ? filtered : sortItems(filtered, query.sort)
  const start = (query.page - 1) * query.pageSize
  const page = matching.slice(start, start + query.pageSize).map(({ overdue: _overdue, ...item }) => item)
  return { items: page, total: matching.length, page: query.page, pageSize: query.pageSize }
}

