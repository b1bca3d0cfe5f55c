import { parseItemSort } from '@/domain/item-query'
import type { ItemSortField } from '@/domain/model/item-query'
import { tp } from '@/lib/strings/page-strings'
import { t } from '@/lib/strings/strings'

export const sortLabels: Record<ItemSortField, string> = {
  code: t.list.code,
  title: t.list.title,
  listId: t.list.list,
  unitId: t.list.unit,
  deadline: t.list.deadline,
  status: t.list.status,
  progress: t.list.progress,
  light: t.list.light,
  updatedAt: tp.item.updatedAt,
  owner: t.list.owner,
  leadLeader: t.list.leadLeader,
  key: t.list.key,
  lastUpdate: tp.ledger.lastUpdate,
}

/** `-progress` → 按进度降序排列 */
export function sortText(sort: string): string {
  const { field, descending } = parseItemSort(sort)
  return tp.ledger.sortedBy(sortLabels[field] ?? field, descending)
}
