import type { Item } from './model/item'
import type { PublicItem } from './model/public-board'

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
