import { allow, forbid, invalid, type Decision } from './decision'
import type { CampaignList } from './model/campaign'
import type { Demand } from './model/demand'
import type { Item, ItemStatus, UpdateKind } from './model/item'
import type { Update, UpdateDraft } from './model/update'
import type { User } from './model/user'
import { actsForUnit, isSupervision, isUnitBound } from './roles'
import { isReopening, isTransition, statusText } from './status'
import { canDecideExtension, canRequestExtension } from './extension'
import type { SatisfactionBar } from './model/campaign'
import { completionReporter, strikeOffBlockers, strikeOffBlockerText, type HistoryEntry } from './strike-off'
import { canUrgeAgain } from './urge'

// The role table of CONTRACT.md, once. The UI asks what to offer; every backend asks what to allow.

type Scoped = Pick<Item, 'unitId' | 'status'>

const ownUnit = actsForUnit

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

/** Content, key and links: closed items are frozen for everyone (reopening comes first). */
export function canEditItem(user: User, item: Scoped): Decision {
  if (user.role === 'leader') return leaderReadOnly
  if (!isSupervision(user) && !ownUnit(user, item.unitId)) return notOwnUnit
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
  item: Pick<Item, 'key'> & Partial<Pick<Item, 'status'>>,
  list: Pick<CampaignList, 'keyTarget'>,
  keyCount: number,
  key: boolean,
): Decision {
  const role = canSelectKey(user)
  if (!role.ok) return role
  if (item.status === 'closed') return closedItem
  if (list.keyTarget === null) return invalid('该清单不评选重点项目', 'key')
  if (key && !item.key && keyCount >= list.keyTarget)
    return invalid(`重点项目已达 ${list.keyTarget} 件上限，请先取消其他项目`, 'key')
  return allow
}

/** Who sets a list's satisfaction bar for strike-off (the campaign's settings). */
export function canSetSatisfactionBar(user: User): Decision {
  return user.role === 'admin' ? allow : forbid('只有系统管理员可以设置销号的满意度标准')
}

/** Who may confirm a strike-off at all: the supervision team or a group leader. */
export function canStrikeOffAsRole(user: User): Decision {
  return isSupervision(user) || user.role === 'leader' ? allow : forbid('只有督办组或集团领导可以确认销号')
}

/**
 * Strike-off (done → closed): the role; never by whoever reported the work done (a second supervisor or a
 * leader confirms); then the state and the list's satisfaction bar (strike-off.ts).
 */
export function canStrikeOff(
  user: User,
  item: Pick<Item, 'status' | 'progress' | 'completionNote'>,
  updates: readonly HistoryEntry[],
  bar: SatisfactionBar,
): Decision {
  const role = canStrikeOffAsRole(user)
  if (!role.ok) return role
  const reporter = completionReporter(updates)
  if (reporter?.authorId === user.id) return forbid('办结由您报告，销号须由另一位督办组成员或集团领导确认')
  const blockers = strikeOffBlockers(item, updates, bar)
  return blockers.length === 0
    ? allow
    : invalid(`暂不能销号：${blockers.map((b) => strikeOffBlockerText(b, bar)).join('；')}`, 'toStatus')
}

/** Status moves; a reopening (done or closed → in progress) only by supervision, with its reason in the note. */
export function canChangeStatus(
  user: User,
  item: Scoped & Pick<Item, 'progress' | 'completionNote'>,
  to: ItemStatus,
  updates: readonly HistoryEntry[],
  bar: SatisfactionBar,
): Decision {
  if (to === 'closed' && item.status === 'done') return canStrikeOff(user, item, updates, bar)
  if (user.role === 'leader') return leaderReadOnly
  if (isUnitBound(user)) {
    if (!ownUnit(user, item.unitId)) return notOwnUnit
    if (to === 'closed') return forbid('支部书记不能为本单位项目销号')
    if (isReopening(item.status, to)) return forbid('只有督办组可以退回已办结或已销号的项目')
  }
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
      return ['instruction', 'status']
    case 'supervisor':
      return ['progress', 'status', 'inspection', 'urge', 'satisfaction', 'extension', 'extension_decision']
    case 'secretary':
      return ['progress', 'status', 'reply', 'extension']
    case 'admin':
      return ['progress', 'status', 'inspection', 'urge', 'reply', 'satisfaction', 'extension', 'extension_decision']
  }
}

/** Whether `user` may post an update of `kind` on `item` (status changes: see canChangeStatus for the target). */
export function canPostUpdate(user: User, item: Scoped, kind: UpdateKind): Decision {
  if (!updateKindsFor(user).includes(kind)) return forbid(`当前角色不能提交“${updateKindText[kind]}”`)
  if (isUnitBound(user) && !ownUnit(user, item.unitId)) return notOwnUnit
  if (item.status === 'closed' && kind !== 'instruction' && kind !== 'status') return closedItem
  return allow
}

/** What judging a draft needs besides the item: the request's clock and the item's list bar. */
export type DraftContext = {
  /** The request's clock: no repeat urge within 24 hours (urge.ts). Without it that rule is not judged. */
  now?: Date
  bar: SatisfactionBar
}

/**
 * Whether `user` may post this draft on `item`: the kind first, then what a progress report, a status
 * change or an extension request or decision needs.
 */
export function canPostDraft(
  user: User,
  item: Scoped & Pick<Item, 'progress' | 'completionNote'>,
  draft: UpdateDraft,
  updates: readonly Update[],
  { now, bar }: DraftContext,
): Decision {
  const kind = canPostUpdate(user, item, draft.kind)
  if (!kind.ok) return kind
  switch (draft.kind) {
    case 'progress':
      return canReportProgress(user, item)
    case 'status':
      return canChangeStatus(user, item, draft.toStatus, updates, bar)
    case 'urge':
      return now ? canUrgeAgain(updates, now) : allow
    case 'extension':
      return canRequestExtension(user, item, updates)
    case 'extension_decision':
      return canDecideExtension(user, updates)
    default:
      return allow
  }
}

export const updateKindText: Record<UpdateKind, string> = {
  progress: '进度',
  status: '状态变更',
  inspection: '现场查看',
  urge: '催办',
  reply: '回复催办',
  instruction: '领导批示',
  satisfaction: '满意度回访',
  created: '新建项目',
  edit: '修改项目信息',
  extension: '申请延期',
  extension_decision: '延期审批',
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
