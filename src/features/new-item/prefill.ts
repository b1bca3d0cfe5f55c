import type { DraftInput } from '@/domain/item-draft-review'
import type { Campaign } from '@/domain/model/campaign'
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

export function prefilledDraft(params: URLSearchParams, user: User, campaign: Campaign): DraftInput {
  const grassroots = campaign.lists.find((list) => list.level === 'grassroots')
  const askedList = campaign.lists.find((list) => list.id === params.get('list'))
  const list = user.role === 'secretary' ? (grassroots ?? askedList) : (askedList ?? grassroots ?? campaign.lists[0])
  const demands = (params.get('demands') ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean)
  return {
    listId: list?.id ?? '',
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
