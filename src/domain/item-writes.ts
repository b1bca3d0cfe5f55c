import type { ItemRecord } from './history'
import type { ItemPatch } from './model/item'

// What editing an item stores (a new item: newItemRecord in item-batch.ts). Permissions, the version
// and field checks come first; the demand links (`demandIds`) are kept in step with demand-links.ts.

/**
 * The item after a patch: its content fields and `key` as given, one version on (`demandIds` are linked
 * apart; the deadline moves only by an extension, `reason` goes into the trail).
 */
export function patchedItemRecord(record: ItemRecord, patch: ItemPatch, at: string): ItemRecord {
  const { version: _version, key, demandIds: _demandIds, reason: _reason, deadline: _deadline, ...content } = patch
  return { ...record, ...content, key: key ?? record.key, updatedAt: at, version: record.version + 1 }
}
