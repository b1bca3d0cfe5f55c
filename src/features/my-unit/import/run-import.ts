import { createItems } from '@/api/item-batch'
import { batchChunks } from '@/domain/item-batch'
import type { ItemBatchRowResult } from '@/domain/model/item-batch'
import { failureText, fieldsText } from '@/lib/api-failure'
import { tSheet } from '@/lib/strings/zh-cn-sheet'
import type { ReviewedRow } from './review-rows'

export type RowOutcome =
  | { line: number; kind: 'imported'; code: string }
  | { line: number; kind: 'failed'; message: string }
  | { line: number; kind: 'stopped' }

function outcomeOf(row: ReviewedRow, result: ItemBatchRowResult | undefined): RowOutcome {
  if (!result) return { line: row.line, kind: 'failed', message: tSheet.sheet.noResult }
  if ('item' in result) return { line: row.line, kind: 'imported', code: result.item.code }
  return { line: row.line, kind: 'failed', message: fieldsText(result.error.fields, result.error.message) }
}

/**
 * Posts the valid rows through POST /items/batch in chunks within the batch limits, in file order, and
 * reports each chunk's outcomes as it settles. Stopping takes effect between chunks: a chunk already sent
 * is answered (the server may have created its rows), the rest are reported as stopped. A chunk that
 * fails as a whole (network, 500, 413) reports each of its rows as failed, and the import goes on.
 */
export async function importRows(
  rows: readonly ReviewedRow[],
  onChunk: (outcomes: RowOutcome[]) => void,
  signal: AbortSignal,
): Promise<void> {
  const queue = rows.filter((row) => row.status === 'ok' && row.draft !== null)
  for (const chunk of batchChunks(queue, (row) => row.draft!)) {
    if (signal.aborted) {
      onChunk(chunk.map((row) => ({ line: row.line, kind: 'stopped' })))
      continue
    }
    try {
      const { results } = await createItems(chunk.map((row) => row.draft!))
      const byIndex = new Map(results.map((result) => [result.index, result]))
      onChunk(chunk.map((row, index) => outcomeOf(row, byIndex.get(index))))
    } catch (error) {
      const message = failureText(error)
      onChunk(chunk.map((row) => ({ line: row.line, kind: 'failed', message })))
    }
  }
}
