import { listFitsUnit } from './item-checks'
import type { Campaign, CampaignList } from './model/campaign'
import type { Unit } from './model/unit'
import type { User } from './model/user'
import { canCreateInList, canCreateItem } from './permissions'

// What a new item may be created in, for one user: the choices a form offers, from the same rules
// POST /api/items applies (permissions.ts `canCreateItem`, item-checks.ts `listFitsUnit`).

/** A list the user may create items in, with the units it may create them for there (possibly none). */
export type CreationChoice = { list: CampaignList; units: Unit[] }

export type CreationChoices = {
  /** In the campaign's order; empty when the user creates no items. */
  lists: CreationChoice[]
  /** The list a new item starts in ('' when there is none to offer). */
  defaultListId: string
}

/**
 * The lists `user` may create items in, the units each allows and the list to start in: the asked one
 * where it is offered, else the first grassroots list offered, else the first offered.
 */
export function creationChoices(
  user: User,
  campaign: Pick<Campaign, 'lists'>,
  units: readonly Unit[],
  askedListId?: string | null,
): CreationChoices {
  const lists = campaign.lists
    .filter((list) => canCreateInList(user, list).ok)
    .map((list) => ({
      list,
      units: units.filter((unit) => listFitsUnit(list, unit) && canCreateItem(user, list, unit.id).ok),
    }))
  const start =
    lists.find((choice) => choice.list.id === askedListId) ??
    lists.find((choice) => choice.list.level === 'grassroots') ??
    lists[0]
  return { lists, defaultListId: start?.list.id ?? '' }
}

/** The units offered for an item in `listId`; none for a list not offered. */
export function creationUnits(choices: CreationChoices, listId: string): Unit[] {
  return choices.lists.find((entry) => entry.list.id === listId)?.units ?? []
}

/** The lists offered for an item of `unitId` (e.g. adopting a demand of that unit into a new item). */
export function creationListsFor(choices: CreationChoices, unitId: string): CampaignList[] {
  return choices.lists.filter((entry) => entry.units.some((unit) => unit.id === unitId)).map((entry) => entry.list)
}
