import { z } from 'zod'
import type { Page } from '@/domain/model/common'

export const PagingSchema = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
}

export function pageOf<T>(all: readonly T[], page = 1, pageSize = all.length || 1): Page<T> {
  const start = (page - 1) * pageSize
  return { items: all.slice(start, start + pageSize), total: all.length, page, pageSize }
}
