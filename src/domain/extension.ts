import type { IsoDate } from './dates'
import { allow, forbid, invalid, type Decision } from './decision'
import type { FieldErrors } from './item-checks'
import type { Campaign } from './model/campaign'
import type { ExtensionState, Item } from './model/item'
import type { Update } from './model/update'
import type { User } from './model/user'
import { actsForUnit, isSupervision } from './roles'

// 申请延期: a deadline moves only when the unit asks (new date and reason) and someone else of the
// supervision team approves. Both are entries of the trail; lights and counts read the approved date.

type Entry = Pick<Update, 'kind' | 'deadline' | 'note' | 'authorId' | 'authorName' | 'at' | 'approved'>

/** The request still waiting for a decision, if any (a decision settles every request before it). */
export function pendingExtension<T extends Entry>(updates: readonly T[]): T | null {
  let pending: T | null = null
  for (const update of updates) {
    if (update.kind === 'extension') pending = update
    else if (update.kind === 'extension_decision') pending = null
  }
  return pending
}

export function extensionStateOf(updates: readonly Entry[]): ExtensionState {
  let approved = 0
  for (const update of updates) if (update.kind === 'extension_decision' && update.approved) approved += 1
  const pending = pendingExtension(updates)
  return {
    approved,
    pending: pending
      ? {
          deadline: pending.deadline!,
          reason: pending.note,
          requestedBy: pending.authorName,
          requestedById: pending.authorId,
          at: pending.at,
        }
      : null,
  }
}

const open = (item: Pick<Item, 'status'>) => item.status === 'planned' || item.status === 'in_progress'

/** Who may ask: the item's unit, or the supervision team for it; only while the work is open, one at a time. */
export function canRequestExtension(
  user: User,
  item: Pick<Item, 'status' | 'unitId'>,
  updates: readonly Entry[],
): Decision {
  if (user.role === 'leader') return forbid('集团领导不申请延期')
  if (!isSupervision(user) && !actsForUnit(user, item.unitId)) return forbid('只能为本单位的项目申请延期')
  if (!open(item)) return invalid('只有未办结的项目可以申请延期', 'deadline')
  if (pendingExtension(updates)) return invalid('已有一份延期申请在等待审批', 'deadline')
  return allow
}

/** Who decides: the supervision team, never the person who asked. */
export function canDecideExtension(user: User, updates: readonly Entry[]): Decision {
  if (!isSupervision(user)) return forbid('只有督办组可以审批延期申请')
  const pending = pendingExtension(updates)
  if (!pending) return invalid('没有等待审批的延期申请', 'approved')
  if (pending.authorId === user.id) return forbid('延期申请须由另一位督办组成员审批')
  return allow
}

/** The date asked for: after the current deadline, not before today, not after the campaign's end. */
export function checkExtensionDate(
  deadline: IsoDate,
  item: Pick<Item, 'deadline'>,
  { today, campaign }: { today: IsoDate; campaign: Pick<Campaign, 'endDate'> },
): FieldErrors {
  if (deadline < today) return { deadline: '延期后的日期不能早于今天' }
  if (deadline > campaign.endDate) return { deadline: `延期后的日期不能晚于活动结束日期 ${campaign.endDate}` }
  if (deadline <= item.deadline) return { deadline: `延期后的日期应晚于当前完成时限 ${item.deadline}` }
  return {}
}
