import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router-dom'
import { queueReasons, type QueueReason, type SupervisionFilters } from '@/domain/model/supervision'

const isReason = (value: string | null): value is QueueReason =>
  value !== null && (queueReasons as readonly string[]).includes(value)

/** The queue's reason, list and page in the address (?reason=overdue&list=…&page=2). */
export function useQueueFilters() {
  const [params, setParams] = useSearchParams()
  const reason = params.get('reason')
  const list = params.get('list')
  const page = Number.parseInt(params.get('page') ?? '1', 10)
  const filters = useMemo<SupervisionFilters>(
    () => ({
      ...(isReason(reason) ? { reason } : {}),
      ...(list ? { list } : {}),
      page: Number.isFinite(page) && page > 0 ? page : 1,
    }),
    [reason, list, page],
  )
  const set = useCallback(
    (next: { reason?: QueueReason | undefined; list?: string | undefined; page?: number | undefined }) => {
      const search = new URLSearchParams()
      if (next.reason) search.set('reason', next.reason)
      if (next.list) search.set('list', next.list)
      if (next.page && next.page > 1) search.set('page', String(next.page))
      setParams(search)
    },
    [setParams],
  )
  return { filters, set }
}
