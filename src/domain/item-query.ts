import { lightOrder } from './light'
import type { Item } from './model/item'
import type { ItemQuery, ItemSortField } from './model/item-query'
import type { Page } from './model/common'
import { statusOrder } from './status'

// What GET /api/items means: filtering, free-text search, sorting and paging, once for every backend.

export type ItemView = Item & { overdue: boolean }

export function matchesItem(item: ItemView, query: ItemQuery, unitName: (id: string) => string): boolean {
  return itemMatcher(query, unitName)(item)
}

/**
 * The query as one predicate, built once per request: only the filters the query sets are checked, and
 * lists of values become sets. At 50,000 items a request then costs one short call per item.
 */
export function itemMatcher(query: ItemQuery, unitName: (id: string) => string): (item: ItemView) => boolean {
  const checks: ((item: ItemView) => boolean)[] = []
  const oneOf = <T>(values: readonly T[] | undefined, pick: (item: ItemView) => T) => {
    if (!values) return
    const allowed = new Set(values)
    checks.push((item) => allowed.has(pick(item)))
  }
  oneOf(query.list, (item) => item.listId)
  oneOf(query.unit, (item) => item.unitId)
  oneOf(query.status, (item) => item.status)
  oneOf(query.light, (item) => item.light)
  oneOf(query.category, (item) => item.category)
  const { key, overdue, redList, extended, q } = query
  if (key !== undefined) checks.push((item) => item.key === key)
  if (overdue !== undefined) checks.push((item) => item.overdue === overdue)
  if (redList !== undefined) checks.push((item) => item.urge.redList === redList)
  if (extended !== undefined) checks.push((item) => item.extension.approved > 0 === extended)
  if (q) {
    const needle = searchNeedle(q)
    checks.push(needle === null ? () => false : (item) => searchTextHas(itemSearchText(item, unitName), needle))
  }
  return (item) => {
    for (const check of checks) if (!check(item)) return false
    return true
  }
}

// The text free-text search looks in, lower-cased once per item object: backends keep their item views
// until the next write, so a search over 50,000 items is one `includes` per item, not seven lower-casings
// of long texts. Fields are joined by a character no search box sends, so no match spans two fields.
// Exported with the needle for a backend's index of these texts (server/store/search-index.ts): the index
// only narrows the items to look at; whether one matches is decided here.
const searchTexts = new WeakMap<ItemView, string>()
const fieldSeparator = '\u0000'

/** What `q` is looked for as (lower-cased), or null when no item can contain it. */
export function searchNeedle(q: string): string | null {
  const needle = q.toLowerCase()
  return needle.includes(fieldSeparator) ? null : needle
}

/** Whether an item's search text holds the needle: anywhere inside one field (fields never hold the separator). */
export function searchTextHas(text: string, needle: string): boolean {
  return text.includes(needle)
}

/** The item's text that `searchNeedle(q)` must be a substring of. */
export function itemSearchText(item: ItemView, unitName: (id: string) => string): string {
  let text = searchTexts.get(item)
  if (text === undefined) {
    text = [
      item.code,
      item.title,
      item.content,
      item.owner,
      item.leadLeader ?? '',
      item.beneficiaries,
      unitName(item.unitId),
    ]
      .join(fieldSeparator)
      .toLowerCase()
    searchTexts.set(item, text)
  }
  return text
}

/** The `sort` of an item query read: a field name, `-field` for descending; none → by code, ascending. */
export type ItemSort = { field: ItemSortField; descending: boolean }

export function parseItemSort(sort: string | undefined): ItemSort {
  const descending = sort?.startsWith('-') ?? false
  const field = (sort?.replace(/^-/, '') || 'code') as ItemSortField
  return { field, descending }
}

/** The `sort` value that asks for this order (the inverse of parseItemSort). */
export function itemSortParam({ field, descending }: ItemSort): string {
  return descending ? `-${field}` : field
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
  const { field, descending } = parseItemSort(sort)
  const value = sortValue[field]
  const collator = new Intl.Collator('zh-CN')
  const iso = isoFields.has(field)
  const keyOf = (item: ItemView): SortKey => {
    const v = value(item)
    return {
      item,
      value: v,
      plain: typeof v !== 'string' || iso || plainText.test(v),
      codePlain: plainText.test(item.code),
    }
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

/**
 * `presorted`: `items` are already in `query.sort` order (sortItems), as a server may keep them between writes.
 * `matched`: they are also exactly the query's matches (a server's index answered it), so they are paged
 * and counted without checking each one again.
 */
export function queryItems(
  items: readonly ItemView[],
  query: ItemQuery,
  unitName: (id: string) => string,
  { presorted = false, matched = false } = {},
): Page<Item> {
  const matches = itemMatcher(query, unitName)
  const start = (query.page - 1) * query.pageSize
  const end = start + query.pageSize
  let pageItems: ItemView[]
  let total = 0
  if (presorted && matched) {
    pageItems = items.slice(start, end)
    total = items.length
  } else if (presorted) {
    // Already in order: count every match, keep only the page's (no array of all matches).
    pageItems = []
    for (const item of items) {
      if (!matches(item)) continue
      if (total >= start && total < end) pageItems.push(item)
      total += 1
    }
  } else {
    const matching = sortItems(items.filter(matches), query.sort)
    total = matching.length
    pageItems = matching.slice(start, end)
  }
  const page = pageItems.map(({ overdue: _overdue, ...item }) => item)
  return { items: page, total, page: query.page, pageSize: query.pageSize }
}
