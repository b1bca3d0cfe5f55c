import type { Page } from '@/domain/model/common'

/** One page of `all` in the contract's list envelope (every list endpoint answers in it). */
export function pageSlice<T>(all: readonly T[], page = 1, pageSize = all.length || 1): Page<T> {
  const start = (page - 1) * pageSize
  return { items: all.slice(start, start + pageSize), total: all.length, page, pageSize }
}
