import type { listItemUpdates, postItemUpdate } from '@/contract/updates'
import { answerOnCompletion, completionNotesOf } from '@/domain/demand-loop'
import { deriveItem } from '@/domain/history'
import { pageSlice } from '../paging'
import { canPostDraft } from '@/domain/permissions'
import { checkUpdateDraft } from '@/domain/update-checks'
import { applyUpdate } from '@/domain/update-effects'
import { barOf } from '@/domain/satisfaction-bar'
import { conflict, notFound, refusal, validation } from '../failure'
import { newId } from '../store'
import type { UseCase } from '../use-case'
import { knownItem } from './items'

export const listItemUpdatesCase: UseCase<typeof listItemUpdates> = ({ read, params }) => {
  knownItem(read, params.id)
  return pageSlice(read.updatesOf(params.id))
}

export const postItemUpdateCase: UseCase<typeof postItemUpdate> = async (context) => {
  const { store, read, user, params, body: draft, now, today } = context
  const { id } = params
  knownItem(read, id)
  const update = await store.transaction(async (tx) => {
    // The lock and the history read come first: the rules below judge the item as it is now.
    const record = await tx.lockItem(id)
    if (!record) throw notFound('项目')
    const history = await tx.historyOf(id)
    const bar = barOf(read.campaign.lists.find((list) => list.id === record.listId))
    const allowed = canPostDraft(user, record, draft, history, { now, bar })
    if (!allowed.ok) throw refusal(allowed)
    if (draft.version !== undefined && draft.version !== record.version)
      throw conflict(deriveItem(record, history, today))
    const fields = checkUpdateDraft(draft, today, { item: record, campaign: read.campaign })
    if (Object.keys(fields).length > 0) throw validation(fields)

    const at = now.toISOString()
    const posted = applyUpdate(record, draft, user, { id: newId('upd'), at }, { bar, history })
    await tx.insertUpdates([posted.update])
    if (!(await tx.saveItem(posted.record, record.version))) throw conflict(deriveItem(record, history, today))
    // Marking done (and striking off) answers the demands behind the item that still wait for an
    // answer with its completion note: the loop back to the worker, read on the receipt.
    if (draft.kind === 'status' && (draft.toStatus === 'done' || draft.toStatus === 'closed'))
      for (const answered of answerOnCompletion(
        await tx.demandsOfItem(id),
        posted.record,
        at,
        completionNotesOf(history),
      ))
        await tx.saveDemand(answered)
    return posted.update
  })
  return { update, item: read.item(id, today)! }
}
