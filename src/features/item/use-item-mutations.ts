import { useMutation, useQueryClient } from '@tanstack/react-query'
import { itemKeys, patchItem } from '@/api/items'
import { invalidateAfterItemChange, postUpdate, type UpdateDraftInput } from '@/api/updates'
import type { Item, ItemPatch } from '@/domain/model/item'

type Context = { previous: Item | undefined }

/** How the item looks at once, before the server answers: the reported progress, the new status, the key mark. */
function optimistic(
  item: Item,
  change: { progress?: number | undefined; status?: Item['status'] | undefined; key?: boolean | undefined },
): Item {
  return {
    ...item,
    ...(change.progress !== undefined ? { progress: change.progress } : {}),
    ...(change.status !== undefined ? { status: change.status } : {}),
    ...(change.key !== undefined ? { key: change.key } : {}),
  }
}

function useOptimisticItem(itemId: string) {
  const queryClient = useQueryClient()
  const key = itemKeys.detail(itemId)
  return {
    queryClient,
    async apply(change: Parameters<typeof optimistic>[1]): Promise<Context> {
      await queryClient.cancelQueries({ queryKey: key, exact: true })
      const previous = queryClient.getQueryData<Item>(key)
      if (previous) queryClient.setQueryData<Item>(key, optimistic(previous, change))
      return { previous }
    },
    rollback(context: Context | undefined) {
      if (context?.previous) queryClient.setQueryData<Item>(key, context.previous)
    },
    settle(item: Item) {
      queryClient.setQueryData<Item>(key, item)
    },
  }
}

/** Posts an update; progress and status show at once and roll back if refused. */
export function usePostUpdate(itemId: string) {
  const { queryClient, apply, rollback, settle } = useOptimisticItem(itemId)
  return useMutation({
    mutationFn: (draft: UpdateDraftInput) => postUpdate(itemId, draft),
    onMutate: (draft): Promise<Context> | Context =>
      draft.kind === 'progress'
        ? apply({ progress: draft.progress })
        : draft.kind === 'status'
          ? apply({ status: draft.toStatus, ...(draft.toStatus === 'done' ? { progress: 100 } : {}) })
          : { previous: undefined },
    onError: (_error, _draft, context) => rollback(context),
    onSuccess: ({ item }) => settle(item),
    onSettled: () => invalidateAfterItemChange(queryClient),
  })
}

/** Edits content fields or the key mark (PATCH with the version read); the key mark shows at once. */
export function usePatchItem(itemId: string) {
  const { queryClient, apply, rollback, settle } = useOptimisticItem(itemId)
  return useMutation({
    mutationFn: (patch: ItemPatch) => patchItem(itemId, patch),
    onMutate: (patch): Promise<Context> | Context =>
      patch.key !== undefined ? apply({ key: patch.key }) : { previous: undefined },
    onError: (_error, _patch, context) => rollback(context),
    onSuccess: (item) => settle(item),
    onSettled: () => invalidateAfterItemChange(queryClient),
  })
}
