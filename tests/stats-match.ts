import type { Campaign } from '@/domain/model/campaign'
import type { Demand } from '@/domain/model/demand'
import type { ItemRecord } from '@/domain/history'
import { boardOf, statsByCategory, statsByUnit, summarize, trend, type UpdatesByItem } from '@/domain/stats'

type Tables = {
  campaign: Campaign
  items: Map<string, ItemRecord>
  updatesByItem: UpdatesByItem
  demands: Map<string, Demand>
}

/** Every statistics answer for today, as a backend serves it (`get`), against the full computation over its tables. */
export async function expectStatsToMatchTables(get: (path: string) => Promise<unknown>, t: Tables, today: string) {
  expect(await get('/stats/summary')).toEqual(
    summarize(t.campaign, t.items.values(), t.updatesByItem, t.demands.values(), today),
  )
  for (const listId of [null, ...t.campaign.lists.map((list) => list.id)]) {
    const query = listId === null ? '' : `?list=${listId}`
    expect(await get(`/stats/units${query}`)).toEqual({
      asOf: today,
      listId,
      units: statsByUnit(t.items.values(), t.updatesByItem, listId, today),
    })
    expect(await get(`/stats/categories${query}`)).toEqual({
      asOf: today,
      listId,
      categories: statsByCategory(t.items.values(), t.updatesByItem, listId, today),
    })
    expect(await get(`/stats/trend${query}`)).toEqual(
      trend(t.campaign, t.items.values(), t.updatesByItem, listId, today),
    )
    if (listId !== null)
      expect(await get(`/stats/board${query}`)).toEqual(boardOf(t.items.values(), t.updatesByItem, listId, today))
  }
}

type Write = (method: string, path: string, token: string, body: unknown) => Promise<void>

/**
 * One item taken from 推进中 to struck off through the API, as the stats tests write it on either backend:
 * an urge and the owner's answer (a repeat urge within 24 hours would be refused and prove nothing), done,
 * a satisfaction result reaching the bar, closed by a second person (the reporter of done may not).
 */
export async function finishThroughApi(
  write: Write,
  itemId: string,
  tokens: { supervisor: string; admin: string },
  today: string,
) {
  const updates = `/items/${itemId}/updates`
  await write('POST', updates, tokens.supervisor, { kind: 'urge', replyBy: today, note: '请尽快推进' })
  await write('POST', updates, tokens.admin, { kind: 'reply', note: '已安排专人推进' })
  await write('POST', updates, tokens.supervisor, { kind: 'status', toStatus: 'done', note: '已办结' })
  await write('POST', updates, tokens.supervisor, {
    kind: 'satisfaction',
    surveyed: 20,
    satisfied: 18,
    method: 'survey',
    note: '',
  })
  await write('POST', updates, tokens.admin, { kind: 'status', toStatus: 'closed', note: '销号' })
}
