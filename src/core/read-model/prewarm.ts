import type { IsoDate } from '@/domain/dates'
import { queryItems } from '@/domain/item-query'
import { ItemQuerySchema } from '@/domain/model/item-query'
import type { ReadModel } from './read-model'

/**
 * Before the first request: the default order, the free-text index and each path of GET /api/items run
 * (twice, so the engine has compiled them), so the first person to search 50,000 items does not wait for
 * what the server could have done at start (docs/decisions/007-province-scale.md). Returns what it built, for the start-up log.
 */
export function prewarmQueries(read: ReadModel, today: IsoDate): { ms: number; postings: number } {
  const started = performance.now()
  const sorted = read.sortedViews(undefined, today)
  read.syncIndex(today)
  const title = sorted[0]?.title ?? '项目'
  const queries = [
    {},
    { q: title.slice(0, 2) },
    { q: title.slice(0, 1) },
    { q: title.slice(0, 4), status: 'in_progress' },
    { status: 'in_progress' },
    { status: 'planned,done' },
    { q: title.slice(0, 2), page: '2' },
  ]
  for (let round = 0; round < 2; round += 1) {
    for (const raw of queries) {
      const query = ItemQuerySchema.parse(raw)
      const { views, matched } = read.queryCandidates(query, today)
      JSON.stringify(queryItems(views, query, read.unitName, { presorted: true, matched }))
    }
  }
  return { ms: performance.now() - started, postings: read.indexEntries }
}
