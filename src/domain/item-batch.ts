import { canRelinkDemand, type LinkEnd } from './demand-links'
import type { ItemRecord } from './history'
import { bodyBytes } from './intake-limits'
import { issueFields } from './issue-fields'
import {
  checkDemandLinks,
  checkItemDraft,
  fieldErrorsMessage,
  unknownListText,
  type DraftContext,
  type FieldErrors,
} from './item-checks'
import { nextItemCode } from './item-code'
import type { CampaignList } from './model/campaign'
import { ItemDraftSchema, type ItemDraft } from './model/item'
import { itemBatchLimits } from './model/item-batch'
import type { User } from './model/user'
import { canCreateItem, canSetKey } from './permissions'

// POST /api/items/batch, the part every backend shares: each row is reviewed by the same checks, in the
// same order, as POST /api/items (schema → list → role and unit → content in context → key limit), and
// what would have been a whole-request 403 or 422 there becomes that row's error here.

export type RowError = { code: 'forbidden' | 'validation'; message: string; fields?: FieldErrors }

export type BatchContext = DraftContext & {
  user: User
  /** A demand a row links to, with the item it is linked to now; undefined when there is none (a linked demand must exist). */
  demand: (id: string) => { unitId: string; from: LinkEnd | null } | undefined
  /** The list's key items before this batch; key rows of the batch count on top. */
  keyCount: (listId: string) => number
}

export type PlannedRow = { index: number; draft: ItemDraft; list: CampaignList } | { index: number; error: RowError }

const invalidFields = (fields: FieldErrors): RowError => ({ code: 'validation', message: fieldErrorsMessage, fields })

function denial(decision: { status: 403 | 422; reason: string; field?: string }): RowError {
  if (decision.status === 403) return { code: 'forbidden', message: decision.reason }
  return decision.field
    ? { code: 'validation', message: decision.reason, fields: { [decision.field]: decision.reason } }
    : { code: 'validation', message: decision.reason }
}

/**
 * The links a new item asks for, by the rule every link follows (canRelinkDemand): a demand behind
 * another item is not taken silently, and two rows of one batch cannot claim the same demand.
 */
function checkRowLinks(draft: ItemDraft, context: BatchContext, claimed: Set<string>): RowError | null {
  const ids = [...new Set(draft.demandIds ?? [])]
  for (const id of ids) {
    if (claimed.has(id)) return invalidFields({ demandIds: '同一条诉求不能关联到本批的两个项目' })
    const { unitId, from } = context.demand(id)!
    const to = { id: '', code: '', unitId: draft.unitId }
    const allowed = canRelinkDemand(context.user, { unitId }, { from, to, field: 'demandIds', explicit: false })
    if (!allowed.ok)
      return {
        code: allowed.status === 403 ? 'forbidden' : 'validation',
        message: allowed.reason,
        fields: { demandIds: allowed.reason },
      }
  }
  for (const id of ids) claimed.add(id)
  return null
}

/** Which rows may be created and which are refused, and why; one entry per row, in order. */
export function planItemBatch(rows: readonly unknown[], context: BatchContext): PlannedRow[] {
  const addedKeys = new Map<string, number>()
  const claimed = new Set<string>()
  return rows.map((row, index): PlannedRow => {
    const parsed = ItemDraftSchema.safeParse(row)
    if (!parsed.success) return { index, error: invalidFields(issueFields(parsed.error.issues)) }
    const draft = parsed.data
    const list = context.campaign.lists.find((entry) => entry.id === draft.listId)
    if (!list) return { index, error: invalidFields({ listId: unknownListText }) }
    const allowed = canCreateItem(context.user, list, draft.unitId)
    if (!allowed.ok) return { index, error: denial(allowed) }
    const fields = {
      ...checkItemDraft(draft, context),
      ...checkDemandLinks(draft.demandIds, (id) => context.demand(id) !== undefined),
    }
    if (Object.keys(fields).length > 0) return { index, error: invalidFields(fields) }
    const linkError = checkRowLinks(draft, context, claimed)
    if (linkError) return { index, error: linkError }
    if (draft.key) {
      const added = addedKeys.get(list.id) ?? 0
      const keyOk = canSetKey(context.user, { key: false }, list, context.keyCount(list.id) + added, true)
      if (!keyOk.ok) return { index, error: denial(keyOk) }
      addedKeys.set(list.id, added + 1)
    }
    return { index, draft, list }
  })
}

/** A new item as stored: planned, no progress, version 1. */
export function newItemRecord(
  draft: ItemDraft,
  list: Pick<CampaignList, 'id'>,
  at: { id: string; code: string; now: string },
): ItemRecord {
  return {
    id: at.id,
    code: at.code,
    listId: list.id,
    title: draft.title,
    content: draft.content,
    beneficiaries: draft.beneficiaries,
    category: draft.category,
    unitId: draft.unitId,
    leadLeader: draft.leadLeader ?? null,
    owner: draft.owner,
    ownerPhone: draft.ownerPhone ?? null,
    deadline: draft.deadline,
    status: 'planned',
    progress: 0,
    key: draft.key ?? false,
    demandIds: [],
    completionNote: null,
    createdAt: at.now,
    updatedAt: at.now,
    version: 1,
  }
}

/** Hands out a list's next codes in turn, from the codes it has now (read once, under the list's lock). */
export function codeAllocator(prefix: string, codes: Iterable<string>): () => string {
  let last = nextItemCode(prefix, codes)
  let first = true
  return () => {
    if (!first) last = nextItemCode(prefix, [last])
    first = false
    return last
  }
}

/** The 413 message when a request is over either limit. */
export const batchTooLargeMessage = `一次最多提交 ${itemBatchLimits.maxItems} 项、${itemBatchLimits.maxBodyBytes / 1024 / 1024} MB，请分批提交`

/** Whether a request is over the limits: the body's bytes, or (once parsed) its number of rows. */
export function batchTooLarge(bytes: number, rows = 0): boolean {
  return bytes > itemBatchLimits.maxBodyBytes || rows > itemBatchLimits.maxItems
}

/**
 * Splits the rows to send into requests within the batch limits: at most `maxItems` rows, and a body
 * under `maxBodyBytes` (a file of long texts makes smaller chunks). Order is kept.
 */
export function batchChunks<T>(
  rows: readonly T[],
  draftOf: (row: T) => ItemDraft,
  limits: { maxItems: number; maxBodyBytes: number } = itemBatchLimits,
): T[][] {
  const envelope = bodyBytes('{"items":[]}')
  const chunks: T[][] = []
  let chunk: T[] = []
  let bytes = envelope
  for (const row of rows) {
    const size = bodyBytes(JSON.stringify(draftOf(row))) + 1
    if (chunk.length > 0 && (chunk.length >= limits.maxItems || bytes + size > limits.maxBodyBytes)) {
      chunks.push(chunk)
      chunk = []
      bytes = envelope
    }
    chunk.push(row)
    bytes += size
  }
  if (chunk.length > 0) chunks.push(chunk)
  return chunks
}
