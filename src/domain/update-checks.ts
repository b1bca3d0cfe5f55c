import type { IsoDate } from './dates'
import type { FieldErrors } from './item-checks'
import type { UpdateDraft } from './model/update'

/** Rules on a posted update that need today: an urge's reply-by date ahead, an on-site check not in the future. */
export function checkUpdateDraft(
  draft: Pick<UpdateDraft, 'kind'> & { replyBy?: IsoDate; visitedOn?: IsoDate },
  today: IsoDate,
): FieldErrors {
  const errors: FieldErrors = {}
  if (draft.kind === 'urge' && draft.replyBy !== undefined && draft.replyBy < today)
    errors.replyBy = '回复期限不能早于今天'
  if (draft.kind === 'inspection' && draft.visitedOn !== undefined && draft.visitedOn > today)
    errors.visitedOn = '查看日期不能晚于今天'
  return errors
}
