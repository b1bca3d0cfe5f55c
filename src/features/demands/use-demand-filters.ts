import { useSearchParams } from 'react-router-dom'
import { DemandChannelSchema, DemandStatusSchema } from '@/domain/model/demand'
import { DemandStageSchema, type DemandFilters } from '@/domain/model/demand-query'

export const pageSize = 50

const filterNames = ['channel', 'unit', 'status', 'stage', 'q'] as const
export type FilterName = (typeof filterNames)[number]

/** The pool's filters live in the URL (shareable, and the wall's funnel links here); bad values are dropped. */
export function useDemandFilters() {
  const [params, setParams] = useSearchParams()
  const read = (name: string) => params.get(name)?.trim() || undefined
  const channel = DemandChannelSchema.safeParse(read('channel')).data
  const status = DemandStatusSchema.safeParse(read('status')).data
  const stage = DemandStageSchema.safeParse(read('stage')).data
  const pageNumber = Math.max(1, Number.parseInt(read('page') ?? '1', 10) || 1)
  const filters: DemandFilters = {
    ...(channel ? { channel } : {}),
    ...(read('unit') ? { unit: read('unit') } : {}),
    ...(status ? { status } : {}),
    ...(stage ? { stage } : {}),
    ...(read('q') ? { q: read('q')!.slice(0, 100) } : {}),
  }
  const setFilters = (next: Partial<Record<FilterName, string>>) => {
    const search = new URLSearchParams()
    for (const name of filterNames) {
      const value = next[name]?.trim()
      if (value) search.set(name, value)
    }
    setParams(search)
  }
  const setPage = (page: number) => {
    const search = new URLSearchParams(params)
    if (page > 1) search.set('page', String(page))
    else search.delete('page')
    setParams(search)
  }
  return { filters, page: pageNumber, setFilters, setPage, active: Object.keys(filters).length > 0 }
}
