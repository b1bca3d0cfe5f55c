import type { IsoDate } from './dates'
import { checkExtensionDate } from './extension'
import type { FieldErrors } from './item-checks'
import type { Campaign } from './model/campaign'
import type { Item } from './model/item'
import type { UpdateDraft } from './model/update'

/** What the extension rule needs: the item's deadline now and the campaign's end. */
export type ExtensionContext = { item: Pick<Item, 'deadline'>; campaign: Pick<Campaign, 'endDate'> }

/**
 * Rules on a posted update that need today: an urge's reply-by date ahead, an on-site check not in the
 * future, an extension's date after the deadline and within the campaign (judged when `extension` is given).
 */
export function checkUpdateDraft(
  draft: Pick<UpdateDraft, 'kind'> & { replyBy?: IsoDate; visitedOn?: IsoDate; deadline?: IsoDate },
  today: IsoDate,
  extension?: ExtensionContext,
): FieldErrors {
  const errors: FieldErrors = {}
  if (draft.kind === 'urge' && draft.replyBy !== undefined && draft.replyBy < today)
    errors.replyBy = '回复期限不能早于今天'
  if (draft.kind === 'inspection' && draft.visitedOn !== undefined && draft.visitedOn > today)
    errors.visitedOn = '查看日期不能晚于今天'
  if (draft.kind === 'extension' && draft.deadline !== undefined && extension)
    Object.assign(errors, checkExtensionDate(draft.deadline, extension.item, { today, ...extension }))
  return errors
}
