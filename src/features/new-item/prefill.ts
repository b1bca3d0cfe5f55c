import type { CreationChoices } from '@/domain/item-creation'
import type { DraftInput } from '@/domain/item-draft-review'
import type { User } from '@/domain/model/user'

// /items/new?unit=<id>&list=<id>&demands=<id,id>&title=… — how other pages (a unit's page, demand
// triage) open the form with what they already know.

export const prefillKeys = ['unit', 'list', 'demands', 'title'] as const

/** The part of the address that prefills the form, in a stable order ('' when nothing does). */
export function prefillSource(params: URLSearchParams): string {
  const kept = new URLSearchParams()
  for (const key of prefillKeys) {
    const value = params.get(key)
    if (value) kept.set(key, value)
  }
  return kept.toString()
}

/** The form's first values: `choices` asked with the address's list (creationChoices), the rest from the address. */
export function prefilledDraft(
  params: URLSearchParams,
  user: User,
  choices: Pick<CreationChoices, 'defaultListId'>,
): DraftInput {
  const demands = (params.get('demands') ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean)
  return {
    listId: choices.defaultListId,
    unitId: params.get('unit') ?? user.unitId ?? '',
    title: params.get('title') ?? '',
    content: '',
    beneficiaries: '',
    category: '',
    owner: '',
    leadLeader: '',
    deadline: '',
    demandIds: [...new Set(demands)],
  }
}
