import { useMutation, useQueryClient } from '@tanstack/react-query'
import { itemKeys, patchItem } from '@/api/items'
import { invalidateAfterItemChange, postUpdate, type UpdateDraftInput } from '@/api/updates'
import type { Item, ItemPatch } from '@/domain/model/item'
import { itemStateAfter } from '@/domain/update-effects'

type Context = { previous: Item | undefined }

function useOptimisticItem(itemId: string) {
  const queryClient = useQueryClient()
  const key = itemKeys.detail(itemId)
  return {
    queryClient,
    /** Shows the item at once as `change` leaves it, before the server answers. */
    async apply(change: (item: Item) => Item): Promise<Context> {
      await queryClient.cancelQueries({ queryKey: key, exact: true })
      const previous = queryClient.getQueryData<Item>(key)
      if (previous) queryClient.setQueryData<Item>(key, change(previous))
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

/** Posts an update; progress and status show at once, as the domain says they change, and roll back if refused. */
export function usePostUpdate(itemId: string) {
  const { queryClient, apply, rollback, settle } = useOptimisticItem(itemId)
  return useMutation({
    mutationFn: (draft: UpdateDraftInput) => postUpdate(itemId, draft),
    onMutate: (draft): Promise<Context> | Context =>
      draft.kind === 'progress' || draft.kind === 'status'
        ? apply((item) => ({ ...item, ...itemStateAfter(item, draft) }))
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
      patch.key !== undefined ? apply((item) => ({ ...item, key: patch.key ?? item.key })) : { previous: undefined },
    onError: (_error, _patch, context) => rollback(context),
    onSuccess: (item) => settle(item),
    onSettled: () => invalidateAfterItemChange(queryClient),
  })
}
