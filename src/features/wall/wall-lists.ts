import type { CampaignList } from '@/domain/model/campaign'
import type { Summary } from '@/domain/model/stats'

/** The group's own list (the 8 key things): the first list whose items the group level owns. */
export const groupListOf = (lists: readonly CampaignList[]) => lists.find((list) => list.level === 'group')

/** The list the unit matrix opens on: the grassroots units' list, else the first. */
export const matrixListOf = (lists: readonly CampaignList[]) =>
  lists.find((list) => list.level === 'grassroots') ?? lists[0]

/** Items per list id, as the summary counts them. */
export const listTotals = (summary: Summary): Record<string, number> =>
  Object.fromEntries(summary.lists.map((list) => [list.listId, list.total]))
