import { allow, forbid, invalid, type Decision } from './decision'
import type { CampaignList } from './model/campaign'
import type { Demand } from './model/demand'
import type { Item, ItemStatus, UpdateKind } from './model/item'
import type { Update, UpdateDraft } from './model/update'
import type { User } from './model/user'
import { homeUnitOf, isUnitBound } from './roles'
import { isReopening, isTransition, statusText } from './status'
import { strikeOffBlockers, strikeOffBlockerText, type HistoryEntry } from './strike-off'
import { canUrgeAgain } from './urge'

// The role table of CONTRACT.md, once. The UI asks what to offer; every backend asks what to allow.

type Scoped = Pick<Item, 'unitId' | 'status'>

const isSupervision = (user: User) => user.role === 'supervisor' || user.role === 'admin'

const ownUnit = (user: User, unitId: string) => {
  const home = homeUnitOf(user)
  return home !== null && home === unitId
}

const notOwnUnit = forbid('只能处理本单位的项目')
const leaderReadOnly = forbid('集团领导可查看全部项目并作出批示，不直接修改项目')
const closedItem = invalid('项目已销号，不能再修改')

/** Whether the role creates items at all, in any list or unit (for offering 新建项目). */
export function canCreateItems(user: User): Decision {
  return user.role === 'leader' ? forbid('集团领导不新建项目') : allow
}

/** Whether the role creates items in this list, for some unit (canCreateItem adds the unit). */
export function canCreateInList(user: User, list: Pick<CampaignList, 'level'>): Decision {
  if (isSupervision(user)) return allow
  const role = canCreateItems(user)
  if (!role.ok) return role
  return list.level === 'grassroots' ? allow : forbid('支部书记只能在“双百”清单中新建项目')
}

export function canCreateItem(user: User, list: Pick<CampaignList, 'level'>, unitId: string): Decision {
  if (isSupervision(user)) return allow
  const inList = canCreateInList(user, list)
  if (!inList.ok) return inList
  return ownUnit(user, unitId) ? allow : forbid('只能为本单位新建项目')
}

export function canEditItem(user: User, item: Scoped): Decision {
  if (isSupervision(user)) return allow
  if (user.role === 'leader') return leaderReadOnly
  if (!ownUnit(user, item.unitId)) return notOwnUnit
  return item.status === 'closed' ? closedItem : allow
}

export function canReportProgress(user: User, item: Scoped): Decision {
  if (user.role === 'leader') return leaderReadOnly
  if (isUnitBound(user) && !ownUnit(user, item.unitId)) return notOwnUnit
  return item.status === 'closed' ? closedItem : allow
}

export function canSelectKey(user: User): Decision {
  return isSupervision(user) ? allow : forbid('只有督办组可以评选重点项目')
}

/** Role and count rules for setting `key`; the count is the list's current number of key items. */
export function canSetKey(
  user: User,
  item: Pick<Item, 'key'>,
  list: Pick<CampaignList, 'keyTarget'>,
  keyCount: number,
  key: boolean,
): Decision {
  const role = canSelectKey(user)
  if (!role.ok) return role
  if (list.keyTarget === null) return invalid('该清单不评选重点项目', 'key')
  if (key && !item.key && keyCount >= list.keyTarget)
    return invalid(`重点项目已达 ${list.keyTarget} 件上限，请先取消其他项目`, 'key')
  return allow
}

export function canStrikeOffAsRole(user: User): Decision {
  return isSupervision(user) ? allow : forbid('只有督办组可以销号')
}

/** Strike-off (done → closed): the role, then the rule of CONTRACT.md. */
export function canStrikeOff(
  user: User,
  item: Pick<Item, 'status' | 'progress' | 'completionNote'>,
  updates: readonly HistoryEntry[],
): Decision {
  const role = canStrikeOffAsRole(user)
  if (!role.ok) return role
  const blockers = strikeOffBlockers(item, updates)
  return blockers.length === 0
    ? allow
    : invalid(`暂不能销号：${blockers.map((b) => strikeOffBlockerText[b]).join('；')}`, 'toStatus')
}

export function canChangeStatus(
  user: User,
  item: Scoped & Pick<Item, 'progress' | 'completionNote'>,
  to: ItemStatus,
  updates: readonly HistoryEntry[],
): Decision {
  if (to === 'closed' && item.status === 'done') return canStrikeOff(user, item, updates)
  if (user.role === 'leader') return leaderReadOnly
  if (isUnitBound(user)) {
    if (!ownUnit(user, item.unitId)) return notOwnUnit
    if (to === 'closed') return forbid('支部书记不能为本单位项目销号')
    if (isReopening(item.status, to)) return forbid('只有督办组可以退回已办结的项目')
  }
  if (item.status === 'closed') return closedItem
  if (!isTransition(item.status, to))
    return invalid(`不能从“${statusText[item.status]}”改为“${statusText[to]}”`, 'toStatus')
  return allow
}

/**
 * Which update kinds a role may post at all, whatever the item (for offering actions). A 批示
 * (`instruction`) is a leader's word: nobody else may post one under their own name.
 */
export function updateKindsFor(user: User): readonly UpdateKind[] {
  switch (user.role) {
    case 'leader':
      return ['instruction']
    case 'supervisor':
      return ['progress', 'status', 'inspection', 'urge', 'satisfaction']
    case 'secretary':
      return ['progress', 'status', 'reply']
    case 'admin':
      return ['progress', 'status', 'inspection', 'urge', 'reply', 'satisfaction']
  }
}

/** Whether `user` may post an update of `kind` on `item` (status changes: see canChangeStatus for the target). */
export function canPostUpdate(user: User, item: Scoped, kind: UpdateKind): Decision {
  if (!updateKindsFor(user).includes(kind)) return forbid(`当前角色不能提交“${updateKindText[kind]}”`)
  if (isUnitBound(user) && !ownUnit(user, item.unitId)) return notOwnUnit
  if (item.status === 'closed' && kind !== 'instruction') return closedItem
  return allow
}

/**
 * Whether `user` may post this draft on `item`: the kind first, then what a progress report or a status
 * change needs; at `now` (the request's clock), no repeat urge within 24 hours of the last (urge.ts
 * `canUrgeAgain`). Without `now` the clock-bound rule is not judged.
 */
export function canPostDraft(
  user: User,
  item: Scoped & Pick<Item, 'progress' | 'completionNote'>,
  draft: UpdateDraft,
  updates: readonly (HistoryEntry & Pick<Update, 'at'>)[],
  now?: Date,
): Decision {
  const kind = canPostUpdate(user, item, draft.kind)
  if (!kind.ok) return kind
  if (draft.kind === 'progress') return canReportProgress(user, item)
  if (draft.kind === 'status') return canChangeStatus(user, item, draft.toStatus, updates)
  if (draft.kind === 'urge' && now) return canUrgeAgain(updates, now)
  return allow
}

export const updateKindText: Record<UpdateKind, string> = {
  progress: '进度',
  status: '状态变更',
  inspection: '现场查看',
  urge: '催办',
  reply: '回复催办',
  instruction: '领导批示',
  satisfaction: '满意度回访',
}

export function canRecordDemand(user: User, unitId: string): Decision {
  if (isSupervision(user)) return allow
  if (user.role === 'leader') return forbid('集团领导不直接登记诉求')
  return ownUnit(user, unitId) ? allow : forbid('只能登记本单位的诉求')
}

export function canTriageDemand(user: User, demand: Pick<Demand, 'unitId'>): Decision {
  if (isSupervision(user)) return allow
  if (user.role === 'leader') return forbid('集团领导不直接处理诉求')
  return ownUnit(user, demand.unitId) ? allow : forbid('只能处理本单位的诉求')
}
