import { queryOptions } from '@tanstack/react-query'
import { pageOf } from '@/domain/model/common'
import { UnitSchema } from '@/domain/model/unit'
import { http } from './http'

export const unitKeys = {
  all: ['units'] as const,
  list: () => [...unitKeys.all, 'list'] as const,
}

const UnitPageSchema = pageOf(UnitSchema)

export function listUnits(signal?: AbortSignal) {
  return http('/units', UnitPageSchema, { signal })
}

export const unitsQuery = () =>
  queryOptions({
    queryKey: unitKeys.list(),
    queryFn: ({ signal }) => listUnits(signal),
    staleTime: 5 * 60_000,
  })
