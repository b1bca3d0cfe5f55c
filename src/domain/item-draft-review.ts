import { fieldIssues } from './issue-fields'
import { checkItemDraft, repeatedTitles, titleKey, type DraftContext, type FieldErrors } from './item-checks'
import { ItemDraftSchema, type ItemDraft } from './model/item'
import type { User } from './model/user'
import { canCreateItem } from './permissions'

// One review of a new item as a person types it or a spreadsheet row brings it: the schema, the rules
// that need context (item-checks.ts) and the role table (permissions.ts) — the same checks POST
// /api/items makes — plus the warning on a title the unit already has. Used by the form and the import.

/** What a form or a spreadsheet row holds: every field as text, nothing parsed yet. */
export type DraftInput = {
  listId: string
  unitId: string
  title: string
  content: string
  beneficiaries: string
  category: string
  owner: string
  leadLeader: string
  deadline: string
  demandIds: readonly string[]
}

export type DraftReview = {
  /** The body to POST when there are no errors. */
  draft: ItemDraft | null
  errors: FieldErrors
  /** Worth a look, not a reason to refuse (a repeated title). */
  warnings: FieldErrors
}

export type ReviewContext = DraftContext & {
  /** Who will post it: a refusal by role or unit shows on the unit field. */
  user?: User
  /** Titles of the unit's items, for the repeated-title warning. */
  existingTitles?: readonly string[]
}

const requiredText: Partial<Record<keyof DraftInput, string>> = {
  title: '请填写项目名称',
  deadline: '请填写完成时限',
  category: '请选择类别',
}

/** The body POST /api/items takes, from text fields (an empty optional field becomes absent). */
export function draftBody(input: DraftInput): Record<string, unknown> {
  const leadLeader = input.leadLeader.trim()
  return {
    listId: input.listId,
    unitId: input.unitId,
    title: input.title,
    content: input.content,
    beneficiaries: input.beneficiaries,
    category: input.category,
    owner: input.owner,
    deadline: input.deadline.trim(),
    ...(leadLeader ? { leadLeader } : {}),
    ...(input.demandIds.length > 0 ? { demandIds: [...input.demandIds] } : {}),
  }
}

export function reviewItemDraft(input: DraftInput, context: ReviewContext): DraftReview {
  const errors: FieldErrors = {}
  for (const [field, message] of Object.entries(requiredText)) {
    const value = input[field as keyof DraftInput]
    if (typeof value === 'string' && value.trim() === '') errors[field] = message
  }
  const parsed = ItemDraftSchema.safeParse(draftBody(input))
  if (!parsed.success)
    for (const [field, message] of Object.entries(fieldIssues(parsed.error.issues))) errors[field] ??= message
  // The context rules read plain fields, so they run on the text even when the schema refused another field.
  const contextual = checkItemDraft({ ...(draftBody(input) as ItemDraft), deadline: input.deadline.trim() }, context)
  for (const [field, message] of Object.entries(contextual)) errors[field] ??= message

  const list = context.campaign.lists.find((entry) => entry.id === input.listId)
  if (context.user && list && !errors.unitId) {
    const allowed = canCreateItem(context.user, list, input.unitId)
    if (!allowed.ok) errors.unitId = allowed.reason
  }

  const warnings: FieldErrors = {}
  const repeated = repeatedTitles(input.title, context.existingTitles ?? [])
  if (repeated[0] !== undefined) warnings.title = `本单位已有同名项目“${repeated[0]}”，请确认不是重复填报`

  const ok = Object.keys(errors).length === 0 && parsed.success
  return { draft: ok ? parsed.data : null, errors, warnings }
}

export type Duplicate = { kind: 'batch'; firstIndex: number } | { kind: 'existing'; title: string }

/**
 * For a batch of new titles (an import), which repeat an earlier one in the batch or one the unit
 * already has, by the same identity as repeatedTitles. The first occurrence in the batch is not a repeat.
 */
export function duplicateTitles(titles: readonly string[], existing: readonly string[]): (Duplicate | null)[] {
  const known = new Map<string, string>()
  for (const title of existing) if (titleKey(title).length >= 2) known.set(titleKey(title), title)
  const seen = new Map<string, number>()
  return titles.map((title, index) => {
    const key = titleKey(title)
    if (key.length < 2) return null
    const existingTitle = known.get(key)
    if (existingTitle !== undefined) return { kind: 'existing', title: existingTitle }
    const first = seen.get(key)
    if (first !== undefined) return { kind: 'batch', firstIndex: first }
    seen.set(key, index)
    return null
  })
}
