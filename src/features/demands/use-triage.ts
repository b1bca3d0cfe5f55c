import { useMutation, useQueryClient } from '@tanstack/react-query'
import { createDemand, demandKeys, patchDemand } from '@/api/demands'
import { itemKeys } from '@/api/items'
import { statsKeys } from '@/api/stats'
import type { DemandDraft, DemandPatch } from '@/domain/model/demand'

/** Triage changes the demand, the item it links to (demandIds) and the wall's counts: refresh all three. */
function useRefresh() {
  const queryClient = useQueryClient()
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: demandKeys.all }),
      queryClient.invalidateQueries({ queryKey: itemKeys.all }),
      queryClient.invalidateQueries({ queryKey: statsKeys.all }),
    ])
}

export function useTriage(demandId: string) {
  const refresh = useRefresh()
  return useMutation({ mutationFn: (patch: DemandPatch) => patchDemand(demandId, patch), onSuccess: refresh })
}

export function useRecordDemand() {
  const refresh = useRefresh()
  return useMutation({ mutationFn: (draft: DemandDraft) => createDemand(draft), onSuccess: refresh })
}
