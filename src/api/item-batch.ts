import * as contract from '@/contract/item-batch'
import type { ItemDraft } from '@/domain/model/item'
import { request } from './http'

// Not in items.ts, which the wall loads: only the import (导入) sends a batch, and the batch endpoint's body schema
// and limits (with the domain's checks behind them) should load with the import alone, once that endpoint has a
// contract module of its own (today it is in src/contract/items.ts).

/**
 * Many new items in one request (at most itemBatchLimits per request: split with batchChunks). Each draft
 * gets its own result, the item or the error POST /items would have given; a whole-request failure throws.
 */
export function createItems(drafts: readonly ItemDraft[], signal?: AbortSignal) {
  return request(contract.createItems, { body: { items: [...drafts] }, signal })
}
