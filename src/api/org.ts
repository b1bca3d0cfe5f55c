import { mutationOptions, type QueryClient } from '@tanstack/react-query'
import * as contract from '@/contract/org'
import type { NewUnit, Unit, UnitPatch } from '@/domain/model/unit'
import { patchedUnit } from '@/domain/org-tree'
import type { Page } from '@/domain/model/common'
import { accountKeys } from './accounts'
import { request } from './http'
import { unitKeys } from './units'

// The org tree (issue 23): admins add units and change them; every page naming units asks for them again.

const refresh = (queryClient: QueryClient) => () =>
  Promise.all([unitKeys.all, accountKeys.audit()].map((queryKey) => queryClient.invalidateQueries({ queryKey })))

export const createUnitMutation = (queryClient: QueryClient) =>
  mutationOptions({
    mutationKey: [...unitKeys.all, 'create'] as const,
    mutationFn: (body: NewUnit) => request(contract.createUnit, { body }),
    onSettled: refresh(queryClient),
  })

/** Shown changed at once; put back as it was when the server refuses. */
export const patchUnitMutation = (queryClient: QueryClient) =>
  mutationOptions({
    mutationKey: [...unitKeys.all, 'patch'] as const,
    mutationFn: ({ id, patch }: { id: string; patch: UnitPatch }) =>
      request(contract.patchUnit, { params: { id }, body: patch }),
    onMutate: async ({ id, patch }) => {
      await queryClient.cancelQueries({ queryKey: unitKeys.list() })
      const before = queryClient.getQueryData<Page<Unit>>(unitKeys.list())
      if (before)
        queryClient.setQueryData<Page<Unit>>(unitKeys.list(), {
          ...before,
          items: before.items.map((unit) => (unit.id === id ? patchedUnit(unit, patch) : unit)),
        })
      return { before }
    },
    onError: (_error, _vars, context) => {
      if (context?.before) queryClient.setQueryData(unitKeys.list(), context.before)
    },
    onSettled: refresh(queryClient),
  })
