import type { IsoDate } from './dates'
import type { Campaign, CampaignList } from './model/campaign'
import type { Item, ItemDraft, ItemPatch } from './model/item'
import type { Unit } from './model/unit'

// Rules on an item's content that need context the schema cannot know: today, the campaign, the units.
// They return field → message, in Chinese, the shape of a 422's `fields`.

export type FieldErrors = Record<string, string>

/** What a refusal with field errors says as a whole (each field says its own). */
export const fieldErrorsMessage = '提交的内容有误，请按提示修改'

/** The listId error of a list the campaign does not have. */
export const unknownListText = '未知的清单'

export type DraftContext = { today: IsoDate; campaign: Campaign; units: readonly Unit[] }

function checkDeadline(deadline: IsoDate, { today, campaign }: DraftContext, errors: FieldErrors) {
  if (deadline < today) errors.deadline = '完成时限不能早于今天'
  else if (deadline > campaign.endDate) errors.deadline = `完成时限不能晚于活动结束日期 ${campaign.endDate}`
}

function checkCategory(category: string, { campaign }: DraftContext, errors: FieldErrors) {
  if (!campaign.categories.some((c) => c.id === category)) errors.category = '未知的类别'
}

/** Which lists a unit may carry items in: grassroots lists for grassroots units, the others for the group and departments. */
export function listFitsUnit(list: Pick<CampaignList, 'level'>, unit: Pick<Unit, 'kind'>): boolean {
  return list.level === 'grassroots' ? unit.kind === 'grassroots' : unit.kind !== 'grassroots'
}

export function checkItemDraft(draft: ItemDraft, context: DraftContext): FieldErrors {
  const errors: FieldErrors = {}
  const list = context.campaign.lists.find((l) => l.id === draft.listId)
  const unit = context.units.find((u) => u.id === draft.unitId)
  if (!list) errors.listId = unknownListText
  if (!unit) errors.unitId = '未知的单位'
  if (list && unit) {
    if (!listFitsUnit(list, unit))
      errors.unitId = list.level === 'grassroots' ? '“双百”项目须由基层单位承担' : '该清单的项目须由集团或机关部门承担'
  }
  checkCategory(draft.category, context, errors)
  checkDeadline(draft.deadline, context, errors)
  return errors
}

/** The demands a new item links to must exist: `exists` answers for one id. */
export function checkDemandLinks(
  demandIds: readonly string[] | undefined,
  exists: (id: string) => boolean,
): FieldErrors {
  return (demandIds ?? []).every(exists) ? {} : { demandIds: '关联的诉求不存在' }
}

/** The content fields an edit must give a reason for (key selection and links need none). */
const reasonedFields = ['title', 'content', 'beneficiaries', 'category', 'leadLeader', 'owner', 'ownerPhone'] as const

/**
 * An edit: a deadline moves only through an approved extension request (extension.ts), and a change of
 * content says why (`reason`, kept in the trail).
 */
export function checkItemPatch(
  patch: ItemPatch,
  current: Pick<Item, 'deadline' | (typeof reasonedFields)[number]>,
  context: DraftContext,
): FieldErrors {
  const errors: FieldErrors = {}
  if (patch.category !== undefined) checkCategory(patch.category, context, errors)
  if (patch.deadline !== undefined && patch.deadline !== current.deadline)
    errors.deadline = '完成时限只能通过“申请延期”变更，经督办组审批后生效'
  const changed = reasonedFields.some((field) => patch[field] !== undefined && patch[field] !== current[field])
  if (changed && !patch.reason) errors.reason = '请填写修改原因'
  return errors
}

/** A title's identity for duplicate checks: spaces and punctuation ignored, case folded. */
export const titleKey = (title: string) => title.replace(/[\s\p{P}\p{S}]/gu, '').toLowerCase()

/** Titles among `existing` that repeat `title` once spaces and punctuation are ignored (a warning, not an error). */
export function repeatedTitles(title: string, existing: readonly string[]): string[] {
  const wanted = titleKey(title)
  if (wanted.length < 2) return []
  return existing.filter((other) => titleKey(other) === wanted)
}
